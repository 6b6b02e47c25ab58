/**
 * Writes the checker's test certificates to tests/fixtures/certs/ with manifest.json, which
 * says for every case which file to paste, which URL to check, which `now` to judge it at and
 * what the checker must answer. Unit tests, the CLI tests and the browser tests all read
 * that manifest. Run with `npm run fixtures` (`node scripts/generate-fixtures.ts`).
 *
 * Keys are fresh on every run, so the bytes change but the expectations do not. Dates are
 * fixed around REFERENCE_DATE (scripts/fixtures/manifest.ts), which every case passes as `now`.
 * @peculiar/x509 makes the certificates; openssl makes what it cannot (PKCS#7, CSR, PFX,
 * OpenSSL "TRUSTED CERTIFICATE"). Each case group lives in scripts/fixtures/cases/.
 */
// First, so the Reflect metadata API exists before any module loads @peculiar/x509.
import '@abraham/reflection';
import { writeChainShapeCases } from './fixtures/cases/chain-shape.ts';
import { writeCryptoCases } from './fixtures/cases/crypto.ts';
import { writeHostileCases, writeSameNameRingCase } from './fixtures/cases/hostile.ts';
import { writeInputFormatCases } from './fixtures/cases/input-formats.ts';
import { writeKeyAndBundleCases } from './fixtures/cases/keys-and-bundles.ts';
import { writeMessyPasteCases } from './fixtures/cases/messy-pastes.ts';
import { writeNameCases } from './fixtures/cases/names.ts';
import { writeSubjectTextCases } from './fixtures/cases/subject-text.ts';
import { writeTimeCases } from './fixtures/cases/time.ts';
import {
  writePathBuildingCases,
  writeRealChainCases,
  writeUncheckablePublicCase,
} from './fixtures/cases/path-building.ts';
import { writePublicRootCases, writeSelfSignedCase } from './fixtures/cases/trust.ts';
import { writeUrlCases } from './fixtures/cases/urls.ts';
import { writeUsageCases } from './fixtures/cases/usage.ts';
import { writeDotnetReports } from './fixtures/dotnet-reports.ts';
import { writeManifest } from './fixtures/manifest.ts';
import { countOutputFiles, emptyOutputFolder, OUT } from './fixtures/output-folder.ts';
import { createPrivatePki } from './fixtures/private-pki.ts';

async function main(): Promise<void> {
  emptyOutputFolder();
  const pki = await createPrivatePki();
  // The order of the calls is the order of the cases in manifest.json.
  writeUrlCases(pki);
  writeInputFormatCases(pki);
  await writeSelfSignedCase(pki);
  await writeTimeCases(pki);
  await writeNameCases(pki);
  await writeUsageCases(pki);
  await writeCryptoCases(pki);
  await writeChainShapeCases(pki);
  await writeSubjectTextCases(pki);
  await writePublicRootCases(pki);
  writeRealChainCases();
  await writePathBuildingCases(pki);
  writeUncheckablePublicCase(pki);
  await writeKeyAndBundleCases(pki);
  writeMessyPasteCases(pki);
  await writeHostileCases(pki);
  await writeSameNameRingCase();
  const cases = writeManifest();
  console.log(`wrote ${countOutputFiles()} files and ${cases} cases to ${OUT.pathname}`);
  // The sample .NET reports carry these certificates, so they are rewritten with them.
  console.log(`wrote ${writeDotnetReports()} sample .NET reports to tests/fixtures/dotnet-reports/`);
}

if (import.meta.main) await main();

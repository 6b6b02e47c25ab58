import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, Parser, type Node } from 'web-tree-sitter';

/**
 * The .NET TLS report script is served as is and runs on machines we cannot test on (Windows
 * Server 2008 R2 with PowerShell 2.0 up to PowerShell 7). What can be checked here: it parses
 * (tree-sitter-powershell's prebuilt WebAssembly grammar, no native build), it avoids what
 * PowerShell 2.0 and the C# 2 compiler of .NET 2.0/3.5 do not know, it changes nothing on the
 * machine, and it prints exactly the labels of the report format (version 1).
 */
const SCRIPT_PATH = new URL('../../../public/tools/trustkb-tls-report.ps1', import.meta.url);
const scriptBytes = readFileSync(SCRIPT_PATH);
const script = scriptBytes.toString('latin1');

let parser: Parser;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const grammar = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(grammar);
});

function parse(source: string): Node {
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree.rootNode;
}

/** Every ERROR or MISSING node, with its 1-based line, so a failure says where to look. */
function syntaxProblems(source: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.isError)
      problems.push(`line ${node.startPosition.row + 1}: cannot parse ${JSON.stringify(node.text.slice(0, 60))}`);
    else if (node.isMissing) problems.push(`line ${node.startPosition.row + 1}: missing ${node.type}`);
    for (const child of node.children) visit(child);
  };
  visit(parse(source));
  return problems;
}

/** The embedded C# (the one verbatim here-string), without its @' and '@ lines. */
function csharpOf(root: Node): string {
  const hereStrings = root.descendantsOfType('verbatim_here_string_characters');
  expect(hereStrings).toHaveLength(1);
  return hereStrings[0]!.text.replace(/^@'\r?\n/, '').replace(/\r?\n'@$/, '');
}

/** The PowerShell code alone: comments (the help) and the C# here-string blanked out. */
function powershellCodeOf(root: Node): string {
  let code = script;
  for (const node of root.descendantsOfType(['comment', 'verbatim_here_string_characters'])) {
    code = code.slice(0, node.startIndex) + ' '.repeat(node.endIndex - node.startIndex) + code.slice(node.endIndex);
  }
  return code;
}

/** A PowerShell single-quoted literal's value ('' is one quote). */
function verbatimValue(node: Node): string {
  return node.text.slice(1, -1).replaceAll("''", "'");
}

/**
 * The line starts the report format defines, in the order the format puts them. `Chain element`
 * blocks come from the C# callback; the rest is written by PowerShell.
 */
const FORMAT_LABELS = [
  'trustkb .NET TLS report 1',
  'Url: ',
  'Account: ',
  'Clr: ',
  'PowerShell: ',
  'Windows: ',
  'Time: ',
  'SecurityProtocol: ',
  'CheckCertificateRevocationList: ',
  'SslPolicyErrors: ',
  'Chain status: ',
  'Result: ',
  '  Inner: ',
  'Certificates sent by the server: ',
  '-----BEGIN CERTIFICATE-----',
  '-----END CERTIFICATE-----',
  'End of trustkb .NET TLS report',
];
const CHAIN_ELEMENT_LABELS = ['Chain element ', '  Thumbprint: ', '  Status: ', '  Status information: '];

describe('the syntax check', () => {
  it('finds nothing wrong in the script', () => {
    expect(syntaxProblems(script)).toEqual([]);
    expect(parse(script).type).toBe('program');
  });

  it.each([
    ['an unclosed condition', 'if ($x { Write-Output 1 }\n', 1],
    ['an unclosed hash table', '$a = 1\n$table = @{ a = 1\n', 2],
    ['a string never closed', "Write-Output 'a\n", 1],
    ['elsif for elseif', 'if ($a) { } elsif ($b) { }\n', 1],
  ])('fails on %s, naming the line', (_name, snippet, line) => {
    const problems = syntaxProblems(snippet);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(new RegExp(`^line ${line}: `));
  });

  it('fails on the script itself once a line is broken', () => {
    const lines = script.split('\n');
    const finallyLine = lines.findIndex((line) => line.startsWith('} finally {'));
    expect(finallyLine).toBeGreaterThan(0);
    lines[finallyLine] = '} finally';
    expect(syntaxProblems(lines.join('\n'))[0]).toMatch(new RegExp(`^line ${finallyLine + 1}: `));
  });

  it('fails when the here-string terminator is indented, which PowerShell 2.0 rejects too', () => {
    const broken = script.replace(/^'@$/m, "  '@");
    expect(broken).not.toBe(script);
    expect(syntaxProblems(broken).length).toBeGreaterThan(0);
  });
});

describe('what PowerShell 2.0 and .NET 2.0/3.5 can run', () => {
  it('is ASCII without a BOM, since PowerShell 2.0 reads a BOM-less file in the ANSI code page', () => {
    const nonAscii = [...scriptBytes.entries()].filter(([, byte]) => byte > 0x7f);
    expect(nonAscii.map(([offset]) => `byte ${offset}: line ${script.slice(0, offset).split('\n').length}`)).toEqual(
      [],
    );
  });

  const PS3_AND_LATER = [
    '[ordered]',
    '[pscustomobject]',
    '::new(',
    ' -in ',
    ' -notin ',
    'Invoke-WebRequest',
    'Invoke-RestMethod',
    '$PSItem',
    '$PSScriptRoot',
    '$PSCommandPath',
    '.Where(',
    '.ForEach(',
    ' -shl ',
    ' -shr ',
    '&&',
    '||',
    '??',
    'ConvertTo-Json',
    'ConvertFrom-Json',
    'using namespace',
  ];

  function laterConstructs(code: string): string[] {
    const lower = code.toLowerCase();
    return PS3_AND_LATER.filter((construct) => lower.includes(construct.toLowerCase()));
  }

  it('uses no PowerShell 3+ construct', () => {
    const root = parse(script);
    expect(laterConstructs(powershellCodeOf(root))).toEqual([]);
    expect(root.descendantsOfType(['class_statement', 'enum_statement']).map((node) => node.text)).toEqual([]);
  });

  it('would notice one (the grammar itself accepts PowerShell 7)', () => {
    const snippet = '$x = [ordered]@{ a = 1 }\nif ($a -in $b) { [pscustomobject]@{ b = $PSItem } }\n';
    expect(syntaxProblems(snippet)).toEqual([]);
    expect(laterConstructs(snippet)).toEqual(['[ordered]', '[pscustomobject]', ' -in ', '$PSItem']);
  });

  it('gives Add-Type C# that the C# 2 compiler of .NET 2.0/3.5 builds', () => {
    const csharp = csharpOf(parse(script));
    const later: [string, RegExp][] = [
      ['var', /\bvar\s/],
      ['lambda', /=>/],
      ['interpolated string', /\$"/],
      ['null-conditional', /\?\.|\?\[/],
      ['nameof', /\bnameof\b/],
      ['auto-property', /\b[gs]et\s*;/],
      ['async', /\b(async|await)\b/],
      ['LINQ', /System\.Linq|\bfrom\s+\w+\s+in\b/],
      ['anonymous type', /\bnew\s*\{/],
      ['extension method', /\(\s*this\s/],
      ['using static', /\busing\s+static\b/],
    ];
    expect(later.filter(([, pattern]) => pattern.test(csharp)).map(([name]) => name)).toEqual([]);
    // Add-Type's defaults on every version reference these and nothing more is asked for.
    expect(script).not.toMatch(/-ReferencedAssemblies|-Language\b/);
  });
});

describe('what it does on the machine', () => {
  const root = () => parse(script);
  const assignedTargets = () =>
    root()
      .descendantsOfType('assignment_expression')
      .map((assignment) => assignment.firstNamedChild?.text ?? '');

  it('runs only cmdlets that read or print', () => {
    const commands = new Set(
      root()
        .descendantsOfType('command_name')
        .map((name) => name.text.toLowerCase()),
    );
    expect([...commands].sort()).toEqual(['add-reportline', 'add-type', 'new-object', 'write-output', 'write-warning']);
  });

  it('writes no store, registry, setting or file except -OutFile', () => {
    const code = powershellCodeOf(root()) + csharpOf(root());
    const writers = [
      'Import-Certificate',
      'certutil',
      'X509Store',
      'Registry',
      'SetEnvironmentVariable',
      'Cert:\\',
      'HKLM:',
      'HKCU:',
    ];
    expect(writers.filter((writer) => code.toLowerCase().includes(writer.toLowerCase()))).toEqual([]);
    expect(code.match(/\[IO\.File\]::\w+/g)).toEqual(['[IO.File]::WriteAllText']);
    expect(script).toMatch(
      /if \(\$OutFile\) \{[^}]*\[IO\.File\]::WriteAllText\(\$path, [^\n]*New-Object Text\.UTF8Encoding \$false/,
    );
  });

  it('leaves SecurityProtocol and CheckCertificateRevocationList as they are, and restores the callback', () => {
    const targets = assignedTargets();
    expect(targets.filter((target) => /SecurityProtocol|CheckCertificateRevocationList/i.test(target))).toEqual([]);
    expect(csharpOf(root())).not.toMatch(/ServicePointManager|SecurityProtocol|CheckCertificateRevocationList/);
    const callbackAssignments = targets.filter((target) => /ServicePointManager/i.test(target));
    expect(callbackAssignments).toEqual([
      '[Net.ServicePointManager]::ServerCertificateValidationCallback',
      '[Net.ServicePointManager]::ServerCertificateValidationCallback',
    ]);
    const [finallyClause] = root().descendantsOfType('finally_clause');
    expect(finallyClause?.text).toContain(
      '[Net.ServicePointManager]::ServerCertificateValidationCallback = $previousCallback',
    );
  });

  it('sends no credentials and answers exactly as .NET: the callback trusts nothing .NET rejects', () => {
    const targets = assignedTargets();
    expect(targets).toContain('$request.UseDefaultCredentials');
    expect(script).toContain('$request.UseDefaultCredentials = $false');
    expect(targets.filter((target) => /Credentials|Proxy/i.test(target))).toEqual(['$request.UseDefaultCredentials']);
    expect(targets).toContain('$request.ConnectionGroupName');
    const csharp = csharpOf(root());
    expect(csharp.match(/return [^;]+;/g)?.filter((statement) => /errors|true/.test(statement))).toEqual([
      'return errors == SslPolicyErrors.None;',
    ]);
  });
});

describe('the report it prints', () => {
  /** The first literal of every Add-ReportLine call, in file order. */
  function powershellLineStarts(): string[] {
    return parse(script)
      .descendantsOfType('command')
      .filter((command) => command.firstNamedChild?.text === 'Add-ReportLine')
      .map((command) => command.descendantsOfType('verbatim_string_characters')[0])
      .filter((literal): literal is Node => literal !== undefined)
      .map(verbatimValue);
  }

  it('writes only the format labels, in the format order, first line first and end line last', () => {
    const starts = powershellLineStarts();
    expect(starts[0]).toBe(FORMAT_LABELS[0]);
    expect(starts.at(-1)).toBe(FORMAT_LABELS.at(-1));
    const known = [...FORMAT_LABELS, 'SslPolicyErrors: (not reached)'];
    expect(starts.filter((start) => !known.includes(start))).toEqual([]);
    const firstSeen = [...new Set(starts)].filter((start) => FORMAT_LABELS.includes(start));
    expect(firstSeen).toEqual(FORMAT_LABELS);
  });

  it('writes the chain element block from the callback with the format labels', () => {
    const added = [...csharpOf(parse(script)).matchAll(/ChainLines\.Add\("([^"]*)"/g)].map((match) => match[1]);
    expect(added).toEqual(CHAIN_ELEMENT_LABELS);
  });

  it('says TLS passed in the format words', () => {
    const literals = parse(script).descendantsOfType('verbatim_string_characters').map(verbatimValue);
    expect(literals).toContain('Accepted (HTTP ');
  });

  it('has help that says how to run it as the router account and where the report goes', () => {
    const [help] = parse(script).descendantsOfType('comment');
    const text = help?.text ?? '';
    for (const section of ['.SYNOPSIS', '.DESCRIPTION', '.EXAMPLE']) expect(text).toContain(section);
    const parameters = parse(script)
      .descendantsOfType('script_parameter')
      .filter((parameter) => parameter.parent?.parent?.type === 'param_block')
      .map((parameter) => parameter.descendantsOfType('variable').at(-1)?.text.slice(1));
    expect(parameters).toEqual(['Url', 'OutFile', 'TimeoutSeconds']);
    for (const name of parameters) expect(text).toContain(`.PARAMETER ${name}`);
    expect(text).toMatch(/psexec -s -i powershell\.exe -ExecutionPolicy Bypass -File \S+ -Url https:\/\/\S+ -OutFile/);
    expect(text).toMatch(/runas \/user:CONTOSO\\svc-crmrouter "powershell\.exe -ExecutionPolicy Bypass -File/);
    expect(text).toMatch(/checker/);
  });
});

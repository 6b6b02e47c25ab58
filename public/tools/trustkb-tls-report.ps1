<#
.SYNOPSIS
Asks .NET itself whether it trusts the certificate of an Exchange (EWS) URL, connecting the way
the Dynamics CRM E-mail Router does, and prints a plain-text report for trustkb.

.DESCRIPTION
One HTTPS GET with System.Net.HttpWebRequest, as the router makes it: default proxy, no
credentials (an HTTP 401 answer only means that TLS passed), and this process's ServicePointManager
settings, printed and never changed. A validation callback records what .NET decided
(SslPolicyErrors, the chain and each element's status, the certificates the server sent) and
returns .NET's own answer unchanged: it trusts nothing that .NET would not.

It changes nothing (no certificate store, registry value, setting or file; only Add-Type's
compiler uses temporary files) except the -OutFile you name, and puts the previous validation
callback back. The report runs from "trustkb .NET TLS report 1" to "End of trustkb .NET TLS
report": paste it into the trustkb checker or search, or drop the -OutFile file on the checker.

Run it as the router service's account, whose trust and proxy settings are the ones that count.
Local System, with Sysinternals PsExec from an elevated prompt:
  psexec -s -i powershell.exe -ExecutionPolicy Bypass -File C:\Temp\trustkb-tls-report.ps1 -Url https://mail.contoso.com/EWS/Exchange.asmx -OutFile C:\Temp\report.txt
A domain service account:
  runas /user:CONTOSO\svc-crmrouter "powershell.exe -ExecutionPolicy Bypass -File C:\Temp\trustkb-tls-report.ps1 -Url https://mail.contoso.com/EWS/Exchange.asmx -OutFile C:\Temp\report.txt"

For Windows PowerShell 2.0 on .NET 2.0/3.5 (Server 2008 R2), Windows PowerShell 5.1, PowerShell 7.

.PARAMETER Url
The EWS URL from the router profile; a bare host (mail.contoso.com) means /EWS/Exchange.asmx on it.

.PARAMETER OutFile
Also write the report to this file, UTF-8 without BOM.

.PARAMETER TimeoutSeconds
How long to wait for the server, in seconds (default 30).

.EXAMPLE
.\trustkb-tls-report.ps1 -Url mail.contoso.com -OutFile C:\Temp\report.txt
#>
param(
    [Parameter(Mandatory = $true)][string]$Url,
    [string]$OutFile,
    [ValidateRange(1, 3600)][int]$TimeoutSeconds = 30
)

if ($Url -notmatch '^[a-zA-Z][a-zA-Z0-9+.-]*://') { $Url = 'https://' + $Url.Trim().TrimEnd('/') + '/EWS/Exchange.asmx' }
$uri = $null
if (-not [Uri]::TryCreate($Url, [UriKind]::Absolute, [ref]$uri) -or $uri.Scheme -ne 'https') { throw "Not an https URL: $Url" }

# C# rather than a script block: .NET may call the callback on a thread with no PowerShell
# runspace, which crashes PowerShell 2.0. C# 2 only, the compiler that .NET 2.0/3.5 brings.
if (-not ('TrustKbTlsReport1.Probe' -as [type])) {
    Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TrustKbTlsReport1
{
    public static class Probe
    {
        public static bool Reached, HasChain;
        public static string PolicyErrors = "", ChainStatus = "", RecordError = "";
        public static List<string> ChainLines = new List<string>(), SentBase64 = new List<string>();

        public static RemoteCertificateValidationCallback Create()
        {
            Reached = false; HasChain = false; RecordError = "";
            ChainLines.Clear(); SentBase64.Clear();
            return new RemoteCertificateValidationCallback(Validate);
        }

        // .NET resets the chain once this returns, so it is copied now. The answer is .NET's own.
        static bool Validate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            if (!Reached)
            {
                Reached = true;
                PolicyErrors = errors.ToString();
                try { Record(certificate, chain); } catch (Exception e) { RecordError = OneLine(e.Message); }
            }
            return errors == SslPolicyErrors.None;
        }

        static void Record(X509Certificate certificate, X509Chain chain)
        {
            if (certificate != null) SentBase64.Add(Convert.ToBase64String(certificate.GetRawCertData()));
            if (chain == null) return;
            HasChain = true;
            ChainStatus = Flags(chain.ChainStatus);
            for (int i = 0; i < chain.ChainElements.Count; i++)
            {
                X509ChainElement element = chain.ChainElements[i];
                ChainLines.Add("Chain element " + i + ": " + OneLine(element.Certificate.Subject));
                ChainLines.Add("  Thumbprint: " + element.Certificate.Thumbprint);
                X509ChainStatus[] statuses = element.ChainElementStatus ?? new X509ChainStatus[0];
                ChainLines.Add("  Status: " + Flags(statuses));
                foreach (X509ChainStatus status in statuses)
                    ChainLines.Add("  Status information: " + OneLine(status.StatusInformation));
            }
            // SecureChannel puts the certificates the server sent into ExtraStore (the leaf among them).
            foreach (X509Certificate2 sent in chain.ChainPolicy.ExtraStore)
            {
                string base64 = Convert.ToBase64String(sent.RawData);
                if (!SentBase64.Contains(base64)) SentBase64.Add(base64);
            }
        }

        static string Flags(X509ChainStatus[] statuses)
        {
            X509ChainStatusFlags flags = X509ChainStatusFlags.NoError;
            foreach (X509ChainStatus status in statuses ?? new X509ChainStatus[0]) flags |= status.Status;
            return flags.ToString();
        }

        public static string OneLine(string text)
        {
            if (text == null) return "";
            return string.Join(" ", text.Split(new char[] { '\r', '\n', '\t', ' ' }, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
'@
}

$report = New-Object System.Collections.ArrayList
function Add-ReportLine([string]$Text) { [void]$report.Add($Text) }

$account = [Environment]::UserDomainName + '\' + [Environment]::UserName
try { $account = [Security.Principal.WindowsIdentity]::GetCurrent().Name } catch { }

Add-ReportLine 'trustkb .NET TLS report 1'
Add-ReportLine ('Url: ' + $uri.AbsoluteUri)
Add-ReportLine ('Account: ' + $account)
Add-ReportLine ('Clr: ' + [Environment]::Version)
Add-ReportLine ('PowerShell: ' + $PSVersionTable.PSVersion)
Add-ReportLine ('Windows: ' + [Environment]::OSVersion.VersionString)
Add-ReportLine ('Time: ' + [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture))
Add-ReportLine ('SecurityProtocol: ' + [Net.ServicePointManager]::SecurityProtocol)
Add-ReportLine ('CheckCertificateRevocationList: ' + [Net.ServicePointManager]::CheckCertificateRevocationList)

$previousCallback = [Net.ServicePointManager]::ServerCertificateValidationCallback
$response = $null; $failure = $null
try {
    [Net.ServicePointManager]::ServerCertificateValidationCallback = [TrustKbTlsReport1.Probe]::Create()
    $request = [Net.HttpWebRequest][Net.WebRequest]::Create($uri)
    $request.Method = 'GET'
    $request.UseDefaultCredentials = $false
    $request.AllowAutoRedirect = $false
    $request.KeepAlive = $false
    # A connection group of its own: a pooled connection would skip the handshake.
    $request.ConnectionGroupName = 'trustkb-' + [Guid]::NewGuid().ToString('N')
    $request.Timeout = $TimeoutSeconds * 1000
    $request.ReadWriteTimeout = $TimeoutSeconds * 1000
    $request.UserAgent = 'trustkb-tls-report/1'
    try { $response = $request.GetResponse() } catch { $failure = $_.Exception }
    # PowerShell wraps what a .NET method throws: unwrap to the WebException.
    while ($failure -and $failure -isnot [Net.WebException] -and $failure.InnerException) { $failure = $failure.InnerException }
    # An HTTP error after a validated handshake is an answer from the server: TLS passed.
    if ($failure -is [Net.WebException] -and $failure.Response -and [TrustKbTlsReport1.Probe]::Reached) { $response = $failure.Response; $failure = $null }
    if ($response) { $result = 'Accepted (HTTP ' + [int]$response.StatusCode + ' ' + $response.StatusCode + ')'; $response.Close() }
} finally {
    [Net.ServicePointManager]::ServerCertificateValidationCallback = $previousCallback
}

if ([TrustKbTlsReport1.Probe]::Reached) {
    Add-ReportLine ('SslPolicyErrors: ' + [TrustKbTlsReport1.Probe]::PolicyErrors)
    if ([TrustKbTlsReport1.Probe]::HasChain) { Add-ReportLine ('Chain status: ' + [TrustKbTlsReport1.Probe]::ChainStatus) }
    foreach ($line in [TrustKbTlsReport1.Probe]::ChainLines) { Add-ReportLine $line }
    if ([TrustKbTlsReport1.Probe]::RecordError) { Write-Warning ('Reading the chain failed: ' + [TrustKbTlsReport1.Probe]::RecordError) }
} else {
    Add-ReportLine 'SslPolicyErrors: (not reached)'
}

if ($failure) {
    $status = 'UnknownError'
    $message = $failure.GetType().FullName + ': ' + $failure.Message
    if ($failure -is [Net.WebException]) { $status = $failure.Status; $message = $failure.Message }
    Add-ReportLine ('Result: ' + $status + ': ' + [TrustKbTlsReport1.Probe]::OneLine($message))
    for ($inner = $failure.InnerException; $inner; $inner = $inner.InnerException) {
        Add-ReportLine ('  Inner: ' + $inner.GetType().FullName + ': ' + [TrustKbTlsReport1.Probe]::OneLine($inner.Message))
    }
} else {
    Add-ReportLine ('Result: ' + $result)
}

Add-ReportLine ('Certificates sent by the server: ' + [TrustKbTlsReport1.Probe]::SentBase64.Count)
foreach ($base64 in [TrustKbTlsReport1.Probe]::SentBase64) {
    Add-ReportLine '-----BEGIN CERTIFICATE-----'
    for ($i = 0; $i -lt $base64.Length; $i += 64) { Add-ReportLine $base64.Substring($i, [Math]::Min(64, $base64.Length - $i)) }
    Add-ReportLine '-----END CERTIFICATE-----'
}
Add-ReportLine 'End of trustkb .NET TLS report'

if ($OutFile) {
    # A relative path is PowerShell's current folder, which .NET's own current directory may not be.
    $path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
    [IO.File]::WriteAllText($path, (($report.ToArray() -join "`r`n") + "`r`n"), (New-Object Text.UTF8Encoding $false))
}
foreach ($line in $report) { Write-Output $line }

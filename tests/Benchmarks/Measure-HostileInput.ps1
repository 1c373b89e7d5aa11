<#
.SYNOPSIS
    Times Get-BounceStatus on every hostile message, one at a time, twice (cold, then warm), and
    prints the slowest message and the peak memory of the process. Figures only: the tests
    assert no timings.
.DESCRIPTION
    Reads tests/fixtures/hostile and the format fixtures as they are, and generates the extreme
    cases too big to keep in the repository (a 100 MB message, a 1 MB header line, a 100,000-line
    Diagnostic-Code, 5,000 nested multiparts, floods of fields, folds, parts, recipients and
    repeated addresses, unclosed HTML) into a temporary
    folder that it removes afterwards.
.EXAMPLE
    dotnet pwsh -NoProfile -File tests/Benchmarks/Measure-HostileInput.ps1 -ModulePath output/BounceTools
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../output/BounceTools')
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath -Force
$fixtures = Join-Path $PSScriptRoot '../fixtures'
$generated = Join-Path ([IO.Path]::GetTempPath()) ("bt-measure-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $generated

$report = "From: MAILER-DAEMON@example.com`r`nSubject: Undelivered`r`nMIME-Version: 1.0`r`n" +
    "Content-Type: multipart/report; report-type=delivery-status; boundary=`"b`"`r`n`r`n" +
    "--b`r`nContent-Type: message/delivery-status`r`n`r`nReporting-MTA: dns; mx.example.com`r`n`r`n" +
    "Final-Recipient: rfc822; jane@example.org`r`nAction: failed`r`nStatus: 5.1.1`r`nDiagnostic-Code: smtp; 550 5.1.1 unknown{0}`r`n`r`n--b--`r`n"

function Write-Generated([string] $Name, [string] $Text) {
    [IO.File]::WriteAllText((Join-Path $generated $Name), $Text)
}

function Write-Huge([string] $Name, [long] $Bytes) {
    $head = [Text.Encoding]::ASCII.GetBytes(($report -f '').Replace("--b--`r`n", "--b`r`nContent-Type: application/octet-stream`r`nContent-Transfer-Encoding: base64`r`n`r`n"))
    $line = [Text.Encoding]::ASCII.GetBytes(('Q' * 76) + "`r`n")
    $stream = [IO.File]::Create((Join-Path $generated $Name))
    try {
        $stream.Write($head, 0, $head.Length)
        for ($written = 0L; $written -lt $Bytes; $written += $line.Length) { $stream.Write($line, 0, $line.Length) }
        $tail = [Text.Encoding]::ASCII.GetBytes("--b--`r`n")
        $stream.Write($tail, 0, $tail.Length)
    }
    finally { $stream.Dispose() }
}

try {
    Write-Huge 'huge-100mb.eml' 100MB
    Write-Huge 'large-60mb.eml' 60MB
    Write-Generated 'header-line-1mb.eml' ("X-Long: " + ('x' * 1MB) + "`r`n" + ($report -f ''))
    Write-Generated 'header-line-30kb.eml' ("X-Long: " + ('x' * 30KB) + "`r`n" + ($report -f ''))
    Write-Generated 'diagnostic-100000-lines.eml' ($report -f (-join (1..100000 | ForEach-Object { "`r`n    line $_" })))
    Write-Generated 'nested-5000.eml' ("From: a@example.com`r`n" + (-join (0..4999 | ForEach-Object { "Content-Type: multipart/mixed; boundary=`"n$_`"`r`n`r`n--n$_`r`n" })) + "`r`nx`r`n")
    Write-Generated 'nested-64.eml' ("From: a@example.com`r`n" + (-join (0..63 | ForEach-Object { "Content-Type: multipart/mixed; boundary=`"n$_`"`r`n`r`n--n$_`r`n" })) + "`r`nx`r`n")
    Write-Generated 'fields-flood.eml' ((-join (0..200000 | ForEach-Object { "X-$($_):v`r`n" })) + ($report -f ''))
    Write-Generated 'fields-9000.eml' ((-join (0..9000 | ForEach-Object { "X-$($_):v`r`n" })) + ($report -f ''))
    Write-Generated 'folds-flood.eml' ("X-Folded: x" + ("`r`n x" * 1MB) + "`r`n" + ($report -f ''))
    Write-Generated 'folds-30kb.eml' ("X-Folded: x" + ("`r`n x" * 7KB) + "`r`n" + ($report -f ''))
    Write-Generated 'parts-flood.eml' ("From: a@example.com`r`nContent-Type: multipart/mixed; boundary=p`r`n`r`n" + ("--p`r`n`r`nx`r`n" * 200000) + "--p--`r`n")
    Write-Generated 'recipients-500.eml' ($report -f '').Replace("Final-Recipient", ((1..499 | ForEach-Object { "Final-Recipient: rfc822; u$_@example.org`r`nAction: failed`r`nStatus: 5.1.1`r`nDiagnostic-Code: smtp; 550 5.1.1 mailbox $_ unknown`r`n`r`n" }) -join '') + "Final-Recipient")
    Write-Generated 'repeated-address-body.eml' ("From: MAILER-DAEMON@example.com`r`nSubject: Returned mail`r`n`r`n" + ("   ----- The following addresses had permanent fatal errors -----`r`n<a@b.c>`r`n" * 12000))
    Write-Generated 'recipients-500-with-body.eml' ($report -f '').Replace("--b`r`nContent-Type: message/delivery-status", "--b`r`nContent-Type: text/plain`r`n`r`n" + ((1..499 | ForEach-Object { "<u$_@example.org>: host mx said: 550 5.1.1 unknown (in reply to RCPT TO command)`r`n`r`n" }) -join '') + ("filler line`r`n" * 50000) + "`r`n--b`r`nContent-Type: message/delivery-status").Replace("Final-Recipient", ((1..499 | ForEach-Object { "Final-Recipient: rfc822; u$_@example.org`r`nAction: failed`r`nStatus: 5.1.1`r`n`r`n" }) -join '') + "Final-Recipient")
    Write-Generated 'sendmail-recipients-flood.eml' ("From: MAILER-DAEMON@example.com`r`nSubject: Returned mail: see transcript for details`r`n`r`n   ----- The following addresses had permanent fatal errors -----`r`n" + ((1..30000 | ForEach-Object { "<u$_@example.org>`r`n    (reason: 550 5.1.1 User unknown)`r`n" }) -join ''))
    Write-Generated 'sendmail-500-with-filler.eml' ("From: MAILER-DAEMON@example.com`r`nSubject: Returned mail: see transcript for details`r`n`r`n   ----- The following addresses had permanent fatal errors -----`r`n" + ((1..500 | ForEach-Object { "<u$_@example.org>`r`n    (reason: 550 5.1.1 mailbox $_ unknown)`r`n" }) -join '') + ("filler line of a transcript`r`n" * 30000))
    Write-Generated 'html-script-flood.eml' ("From: a@example.com`r`nContent-Type: text/html`r`n`r`n" + ('<script <style ' * 200000))

    $files = @(Get-ChildItem -LiteralPath (Join-Path $fixtures 'hostile') -File) +
        @(Get-ChildItem -LiteralPath (Join-Path $fixtures 'formats') -Filter *.eml -Recurse) +
        @(Get-ChildItem -LiteralPath $generated -File)

    [GC]::Collect()
    $process = [Diagnostics.Process]::GetCurrentProcess()
    $baseline = $process.WorkingSet64
    # Two passes: the first also pays for loading and compiling code and regular expressions.
    $passes = foreach ($pass in 'cold', 'warm') {
        $rows = foreach ($file in $files) {
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $records = @(Get-BounceStatus -LiteralPath $file.FullName -ErrorVariable problems -ErrorAction SilentlyContinue)
            $watch.Stop()
            $outcome = if ($problems.Count) { ($problems[0].FullyQualifiedErrorId -split ',')[0] } else { "$($records.Count) records" }
            $process.Refresh()
            [pscustomobject]@{ File = $file.Name; SizeKB = [math]::Ceiling($file.Length / 1KB); Ms = $watch.ElapsedMilliseconds; Outcome = $outcome; PeakMB = [math]::Round($process.PeakWorkingSet64 / 1MB) }
        }
        [pscustomobject]@{ Pass = $pass; Rows = $rows; Slowest = $rows | Sort-Object Ms -Descending | Select-Object -First 1 }
    }
    $passes[1].Rows | Sort-Object Ms -Descending | Format-Table -AutoSize | Out-String -Width 160 | Write-Host
    $process.Refresh()
    foreach ($pass in $passes) {
        Write-Host ("{0} pass: {1} messages; slowest {2} ms ({3})" -f $pass.Pass, $pass.Rows.Count, $pass.Slowest.Ms, $pass.Slowest.File)
    }
    Write-Host ("peak working set {0} MB (pwsh with the module loaded: {1} MB)" -f [math]::Round($process.PeakWorkingSet64 / 1MB), [math]::Round($baseline / 1MB))
}
finally {
    Remove-Item -LiteralPath $generated -Recurse -Force -ErrorAction Ignore
}

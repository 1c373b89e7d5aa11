<#
.SYNOPSIS
    Runs the staged module over a labeled bounce corpus and scores it.
.DESCRIPTION
    The corpus is laid out like ../shared/corpus: emails/** (every file, whatever its extension),
    labels.jsonl and score.py.
    Writes one prediction line per (message, recipient) in the JSONL form score.py reads,
    then runs score.py and prints its report. Then scores Get-BounceCodeInfo -Text: for every
    labelled row whose diagnostic text quotes its labelled status, is that the first entry's code?
    A tool for measuring, not a test.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Corpus,
    [string] $PredictionPath = (Join-Path ([IO.Path]::GetTempPath()) 'bouncetools-predictions.jsonl'),
    [string[]] $ScoreArguments = @('--by-module')
)

$ErrorActionPreference = 'Stop'
Import-Module (Resolve-Path $ModulePath).Path -Force
$corpusRoot = (Resolve-Path $Corpus).Path

$labelled = @{}
foreach ($label in Get-Content (Join-Path $corpusRoot 'labels.jsonl') | ConvertFrom-Json) {
    foreach ($row in @($label.expected)) { if ($row) { $labelled["$($label.file)|$($row.recipient)"] = $row.status } }
}
$lookups = [System.Collections.Generic.List[object]]::new()

$lines = foreach ($file in Get-ChildItem (Join-Path $corpusRoot 'emails') -Recurse -File | Where-Object Name -NotLike '.*' | Sort-Object FullName) {
    $relative = [IO.Path]::GetRelativePath($corpusRoot, $file.FullName).Replace('\', '/')
    $records = @(Get-BounceStatus -LiteralPath $file.FullName -ErrorAction SilentlyContinue)
    if ($records.Count -eq 0) {
        [ordered]@{ file = $relative; parsed = $false } | ConvertTo-Json -Compress
        continue
    }
    foreach ($record in $records) {
        $status = $labelled["$relative|$($record.Recipient)"]
        if ($status -match '^\d\.\d+\.\d+$' -and $status -notmatch '^\d\.0\.9\d\d$' -and $record.DiagnosticCode.Contains($status)) {
            $lookups.Add([pscustomobject]@{ Status = $status; Text = $record.DiagnosticCode })
        }
        [ordered]@{
            file       = $relative
            parsed     = $true
            recipient  = $record.Recipient
            status     = $record.Status
            replycode  = if ($null -ne $record.ReplyCode) { "$($record.ReplyCode)" } else { '' }
            reason     = $record.Reason.ToString().ToLowerInvariant()
            hardbounce = $record.IsHardBounce
            action     = $record.Action
            feedbacktype = $record.FeedbackType
        } | ConvertTo-Json -Compress
    }
}
Set-Content -Path $PredictionPath -Value $lines -Encoding utf8
Write-Host "Predictions: $PredictionPath"
& python3 (Join-Path $corpusRoot 'score.py') --labels (Join-Path $corpusRoot 'labels.jsonl') --pred $PredictionPath @ScoreArguments

$right = @($lookups | Where-Object { (Get-BounceCodeInfo -Text $_.Text -BestMatch -ErrorAction SilentlyContinue).Code -eq $_.Status }).Count
'Get-BounceCodeInfo -Text: first entry has the labelled code for {0} of {1} diagnostic texts ({2:P1})' -f $right, $lookups.Count, ($right / [math]::Max(1, $lookups.Count))

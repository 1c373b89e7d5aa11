<#
.SYNOPSIS
    Runs the staged module over a labeled bounce corpus and scores it.
.DESCRIPTION
    The corpus is laid out like ../shared/corpus: emails/**/*.eml, labels.jsonl and score.py.
    Writes one prediction line per (message, recipient) in the JSONL form score.py reads,
    then runs score.py and prints its report. A tool for measuring, not a test.
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

$lines = foreach ($file in Get-ChildItem (Join-Path $corpusRoot 'emails') -Recurse -File -Filter *.eml | Sort-Object FullName) {
    $relative = [IO.Path]::GetRelativePath($corpusRoot, $file.FullName).Replace('\', '/')
    $records = @(Get-BounceStatus -LiteralPath $file.FullName -ErrorAction SilentlyContinue)
    if ($records.Count -eq 0) {
        [ordered]@{ file = $relative; parsed = $false } | ConvertTo-Json -Compress
        continue
    }
    foreach ($record in $records) {
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

BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $samples = Join-Path (Get-Module BounceTools).ModuleBase 'samples'
    $work = Join-Path ([IO.Path]::GetTempPath()) ("bt-mailboxes-" + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $work

    $names = 'user-unknown.eml', 'two-recipients.eml', 'delayed.eml'
    $mbox = foreach ($name in $names) {
        "From MAILER-DAEMON Tue Nov 10 09:14:22 2026"
        (Get-Content (Join-Path $samples $name) -Raw) -replace '(?m)^From ', '>From '
        ''
    }
    Set-Content -Path (Join-Path $work 'bounces.mbox') -Value ($mbox -join "`n")

    $maildir = Join-Path $work 'Maildir'
    foreach ($sub in 'cur', 'new', 'tmp') { $null = New-Item -ItemType Directory -Path (Join-Path $maildir $sub) }
    Copy-Item (Join-Path $samples 'user-unknown.eml') (Join-Path $maildir 'cur/1762762462.M1P1.host:2,S')
    Copy-Item (Join-Path $samples 'delayed.eml') (Join-Path $maildir 'new/1762936200.M2P2.host')
    Set-Content -Path (Join-Path $maildir 'tmp/partial') -Value 'From: half-written'
    Set-Content -Path (Join-Path $maildir 'dovecot-uidlist') -Value '3 V1 N3'
}

AfterAll {
    Remove-Item $work -Recurse -Force -ErrorAction Ignore
}

Describe 'mbox input' {
    It 'yields the records of every message with its number and offset' {
        $records = Get-BounceStatus (Join-Path $work 'bounces.mbox')
        $records.Recipient | Should -Be @('jane.doe@example.org', 'ghost@example.net', 'full.box@example.org', 'ops@example.org')
        $records.MessageNumber | Should -Be @(1, 2, 2, 3)
        $records[0].MessageOffset | Should -Be 0
        $records[1].MessageOffset | Should -BeGreaterThan 0
        $records[0].Path | Should -Be (Join-Path $work 'bounces.mbox')
    }
}

Describe 'Maildir input' {
    It 'reads cur and new with -Recurse and skips tmp and index files' {
        $records = Get-BounceStatus -LiteralPath $maildir -Recurse -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
        $records.Recipient | Should -Be @('jane.doe@example.org', 'ops@example.org')
    }

    It 'works through Get-ChildItem -Recurse too' {
        $records = Get-ChildItem (Join-Path $maildir 'cur'), (Join-Path $maildir 'new') -File | Get-BounceStatus
        $records.Count | Should -Be 2
    }
}

BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $samples = Join-Path (Get-Module BounceTools).ModuleBase 'samples'
    $work = Join-Path ([IO.Path]::GetTempPath()) ("bt-pester-" + [guid]::NewGuid())
    $null = New-Item -ItemType Directory -Path $work
    Copy-Item (Join-Path $samples 'user-unknown.eml') (Join-Path $work 'bounce [2].eml')
    Copy-Item (Join-Path $samples 'two-recipients.eml') (Join-Path $work 'bounce 3.eml')
    Set-Content -Path (Join-Path $work 'garbage.eml') -Value "this is not a message`n`njust words" -NoNewline
    Set-Content -Path (Join-Path $work 'empty.eml') -Value '' -NoNewline
    [IO.File]::WriteAllBytes((Join-Path $work 'binary.eml'), [byte[]](0, 1, 2, 255, 0, 7, 80, 75))
    Set-Content -Path (Join-Path $work 'ordinary.eml') -Value "From: a@example.com`r`nTo: b@example.org`r`nSubject: lunch`r`n`r`nSee you at noon.`r`n" -NoNewline
    $commandId = 'BounceTools.Commands.GetBounceStatusCommand'
}

AfterAll {
    Remove-Item $work -Recurse -Force -ErrorAction Ignore
}

Describe 'Get-BounceStatus input binding' {
    It 'reads files piped from Get-ChildItem' {
        $records = Get-ChildItem $samples -Filter *.eml | Get-BounceStatus
        $records.Count | Should -Be 7
        $records[0] | Should -BeOfType BounceTools.BounceRecord
    }

    It 'expands wildcards in -Path given by position' {
        $records = Get-BounceStatus (Join-Path $samples 'two-*.eml')
        $records.Recipient | Should -Be @('ghost@example.net', 'full.box@example.org')
    }

    It 'accepts path strings from the pipeline' {
        $records = (Join-Path $samples 'delayed.eml'), (Join-Path $samples 'user-unknown.eml') | Get-BounceStatus
        $records.Recipient | Should -Be @('ops@example.org', 'jane.doe@example.org')
    }

    It 'reads a bracketed name with -LiteralPath and its alias LP' {
        (Get-BounceStatus -LiteralPath (Join-Path $work 'bounce [2].eml')).Recipient | Should -Be 'jane.doe@example.org'
        (Get-BounceStatus -LP (Join-Path $work 'bounce [2].eml')).Status | Should -Be '5.1.1'
    }

    It 'reads a bracketed name piped from Get-ChildItem' {
        $records = Get-ChildItem -LiteralPath $work -Filter 'bounce*.eml' | Get-BounceStatus
        $records.Count | Should -Be 3
        $records.Path | Should -Contain (Join-Path $work 'bounce [2].eml')
    }

    It 'binds files and folders from Get-Item by value' {
        $records = Get-Item -LiteralPath (Join-Path $work 'bounce [2].eml'), (Join-Path $samples 'delayed.eml') | Get-BounceStatus
        $records.Recipient | Should -Be @('jane.doe@example.org', 'ops@example.org')
        (Get-Item -LiteralPath $samples | Get-BounceStatus -Recurse).Count | Should -Be 7
        $null = Get-Item -LiteralPath $samples | Get-BounceStatus -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be "PathIsDirectory,$commandId"
    }

    It 'writes PathNotFound for a file object whose file is gone' {
        $gone = [IO.FileInfo](Join-Path $work 'gone.eml')
        $records = $gone, (Get-Item -LiteralPath (Join-Path $samples 'delayed.eml')) | Get-BounceStatus -ErrorVariable problems -ErrorAction SilentlyContinue
        $records.Recipient | Should -Be 'ops@example.org'
        $problems[0].FullyQualifiedErrorId | Should -Be "PathNotFound,$commandId"
        $problems[0].TargetObject | Should -Be $gone.FullName
    }

    It 'binds PSPath by property name from any object' {
        $record = [pscustomobject]@{ PSPath = (Join-Path $samples 'user-unknown.eml') } | Get-BounceStatus
        $record.Recipient | Should -Be 'jane.doe@example.org'
    }

    It 'resolves relative paths against the current location' {
        Push-Location $samples
        try { (Get-BounceStatus .\user-unknown.eml).Path | Should -Be (Join-Path $samples 'user-unknown.eml') }
        finally { Pop-Location }
    }
}

Describe 'Get-BounceStatus records' {
    It 'fills the contract properties' {
        $record = Get-BounceStatus (Join-Path $samples 'user-unknown.eml')
        $record.Path | Should -Be (Join-Path $samples 'user-unknown.eml')
        $record.Recipient | Should -Be 'jane.doe@example.org'
        $record.Action | Should -Be 'failed'
        $record.Status | Should -Be '5.1.1'
        $record.ReplyCode | Should -Be 550
        $record.Reason | Should -Be ([BounceTools.BounceReason]::UserUnknown)
        $record.IsHardBounce | Should -BeTrue
        $record.DiagnosticCode | Should -BeLike '550 5.1.1 <jane.doe@example.org>: Recipient address rejected: User unknown in virtual mailbox table'
        $record.RemoteMta | Should -Be 'mail.example.org'
        $record.ReportingMta | Should -Be 'mx1.example.net'
        $record.Date | Should -Not -BeNullOrEmpty
        $record.OriginalMessageId | Should -Be 'news-2026-11-0042@example.com'
        $record.OriginalSubject | Should -Be 'November product update'
        $record.Sender | Should -Be 'newsletter@example.com'
        $record.Format | Should -Be 'Postfix'
    }

    It 'exports hard bounces to CSV' {
        $csv = Join-Path $work 'hard.csv'
        Get-ChildItem $samples -Filter *.eml | Get-BounceStatus | Where-Object IsHardBounce | Export-Csv $csv -NoTypeInformation
        (Import-Csv $csv).Recipient | Sort-Object | Should -Be @('ghost@example.net', 'jane.doe@example.org', 'jürgen@bücher.example.org', 'someone@example.org')
    }

    It 'yields nothing for a message that is not a bounce, and says so with -Verbose' {
        $verbose = Get-BounceStatus (Join-Path $work 'ordinary.eml') -Verbose 4>&1
        @($verbose | Where-Object { $_ -is [BounceTools.BounceRecord] }).Count | Should -Be 0
        ($verbose | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message | Should -BeLike '*ordinary.eml: no records (no recognized bounce format)*'
    }
}

Describe 'Get-BounceStatus errors' {
    It 'writes <Id> for <Name> and goes on with the next file' -ForEach @(
        @{ Name = 'a missing file'; Target = 'missing.eml'; Id = 'PathNotFound' }
        @{ Name = 'a directory'; Target = 'subdir'; Id = 'PathIsDirectory' }
        @{ Name = 'garbage text'; Target = 'garbage.eml'; Id = 'NotMimeMessage' }
        @{ Name = 'an empty file'; Target = 'empty.eml'; Id = 'EmptyMessage' }
        @{ Name = 'a binary file'; Target = 'binary.eml'; Id = 'NotMimeMessage' }
    ) {
        $null = New-Item -ItemType Directory -Path (Join-Path $work 'subdir') -Force
        $bad = Join-Path $work $Target
        $records = Get-BounceStatus -LiteralPath $bad, (Join-Path $samples 'delayed.eml') -ErrorVariable problems -ErrorAction SilentlyContinue
        $records.Recipient | Should -Be 'ops@example.org'
        $problems.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -Be "$Id,$commandId"
        $problems[0].TargetObject | Should -Be $bad
        $problems[0].Exception.Message | Should -BeLike "*$Target*"
    }

    It 'reports a wildcard that matches nothing as PathNotFound' {
        $null = Get-BounceStatus (Join-Path $work 'nothing-*.eml') -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be "PathNotFound,$commandId"
    }

    It 'rejects a path outside the file system' {
        $null = Get-BounceStatus -LiteralPath 'Env:\PATH' -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be "NotFileSystemPath,$commandId"
    }

    It 'turns an error into a terminating one under -ErrorAction Stop' {
        { Get-BounceStatus -LiteralPath (Join-Path $work 'garbage.eml') -ErrorAction Stop } |
            Should -Throw -ErrorId "NotMimeMessage,$commandId"
    }

    It 'leaves input files unchanged' {
        $file = Get-Item -LiteralPath (Join-Path $work 'bounce [2].eml')
        $before = (Get-FileHash -LiteralPath $file.FullName).Hash, $file.LastWriteTimeUtc
        $null = Get-BounceStatus -LiteralPath $file.FullName
        $after = (Get-FileHash -LiteralPath $file.FullName).Hash, (Get-Item -LiteralPath $file.FullName).LastWriteTimeUtc
        $after | Should -Be $before
    }
}

Describe 'Get-BounceStatus views' {
    It 'shows a table of recipient, status, reason, hard flag and a short diagnostic' {
        $text = Get-BounceStatus (Join-Path $samples 'user-unknown.eml') | Format-Table | Out-String -Width 200
        $header = ($text -split "`n" | Where-Object { $_ -match '\S' })[0]
        $header | Should -Match '^Recipient\s+Status\s+Reason\s+Hard\s+Diagnostic'
        $text | Should -Match 'jane\.doe@example\.org\s+5\.1\.1\s+UserUnknown\s+True\s+550 5\.1\.1'
        $text | Should -Match ([regex]::Escape([string][char]0x2026))
    }

    It 'shows every property in the list view' {
        $text = Get-BounceStatus (Join-Path $samples 'user-unknown.eml') | Format-List | Out-String
        foreach ($name in 'Path', 'Recipient', 'ReplyCode', 'ReasonSource', 'RemoteMta', 'ReportingMta', 'OriginalMessageId', 'OriginalSubject', 'Sender', 'Format') {
            $text | Should -Match "(?m)^$name\s*:"
        }
    }

    It 'offers a Summary property set' {
        $row = Get-BounceStatus (Join-Path $samples 'user-unknown.eml') | Select-Object Summary
        $row.PSObject.Properties.Name | Should -Be @('Recipient', 'Action', 'Status', 'ReplyCode', 'Reason', 'IsHardBounce', 'DiagnosticCode', 'Date', 'Path')
    }
}

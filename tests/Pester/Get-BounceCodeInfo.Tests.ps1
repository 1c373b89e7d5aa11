BeforeAll {
    Import-Module $env:BOUNCETOOLS_MODULE -Force
    $module = Get-Module BounceTools
    $samples = Join-Path $module.ModuleBase 'samples'
    $commandId = 'BounceTools.Commands.GetBounceCodeInfoCommand'
    $gmailUnknown = '550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient''s email address. d2si123 - gsmtp'
}

Describe 'Get-BounceCodeInfo lookups' {
    It 'returns the registry entry for an enhanced code' {
        $entry = Get-BounceCodeInfo 5.1.1
        $entry | Should -BeOfType BounceTools.BounceCodeInfo
        $entry.Title | Should -Be 'Bad destination mailbox address'
        $entry.Reason | Should -Be 'UserUnknown'
        $entry.IsHardBounce | Should -BeTrue
        $entry.Causes.Count | Should -BeGreaterOrEqual 3
    }

    It 'returns reply codes and expands wildcards' {
        (Get-BounceCodeInfo 550).Title | Should -Be 'Requested action not taken: mailbox unavailable'
        $entries = Get-BounceCodeInfo 5.7.*
        $entries.Count | Should -Be 31
        $entries.Code | Should -Contain '5.7.26'
    }

    It 'finds provider tags and narrows by provider' {
        (Get-BounceCodeInfo TSS04).Provider | Should -Be 'Yahoo/AOL'
        (Get-BounceCodeInfo S3150).Provider | Should -Be 'Outlook.com'
        $gmail = Get-BounceCodeInfo 5.7.1 -Provider Gmail
        $gmail.Provider | Select-Object -Unique | Should -Be 'Gmail'
        $gmail.Count | Should -Be 3
    }

    It 'lists everything without arguments and a whole provider with -Provider only' {
        (Get-BounceCodeInfo).Count | Should -BeGreaterThan 400
        (Get-BounceCodeInfo -Provider Spamhaus).Count | Should -Be 12
    }

    It 'explains diagnostic text, provider variant first' {
        $entries = Get-BounceCodeInfo -Text $gmailUnknown
        $entries[0].Provider | Should -Be 'Gmail'
        $entries[0].ProviderCode | Should -Be '550 5.1.1'
        $entries.Code | Should -Be @('5.1.1', '5.1.1', '5.1.0', '5.0.0', '550')
    }

    It 'searches titles, meanings and causes' {
        $entries = Get-BounceCodeInfo -Search quota
        $entries.Code | Should -Contain '5.2.2'
        (Get-BounceCodeInfo -Search 'DKIM' -Provider Gmail).Provider | Select-Object -Unique | Should -Be 'Gmail'
    }

    It 'explains unregistered codes without an error' {
        $entry = Get-BounceCodeInfo 5.9.99 -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
        $entry.IsRegistered | Should -BeFalse
        $entry.Permanence | Should -Be 'Permanent'
        (Get-BounceCodeInfo 5.7.999)[0].IsRegistered | Should -BeFalse
    }
}

Describe 'Get-BounceCodeInfo pipeline binding' {
    It 'binds Status, ReplyCode and DiagnosticCode from Get-BounceStatus' {
        $entries = Get-BounceStatus -LiteralPath (Join-Path $samples 'user-unknown.eml') | Get-BounceCodeInfo
        $entries[0].Code | Should -Be '5.1.1'
        $entries.Code | Should -Contain '550'
    }

    It 'uses the status when the diagnostic text has no code' {
        $entries = Get-BounceStatus -LiteralPath (Join-Path $samples 'delayed.eml') | Get-BounceCodeInfo
        $entries[0].Code | Should -Be '4.4.1'
    }

    It 'uses RemoteMta to recognize the provider' {
        $record = [pscustomobject]@{ Status = '5.2.2'; ReplyCode = 552; DiagnosticCode = '552 5.2.2 <x@icloud.com>: user is over quota'; RemoteMta = 'mx01.mail.icloud.com' }
        $entries = $record | Get-BounceCodeInfo
        $entries[0].Provider | Should -Be 'Apple iCloud'
        $entries[0].Permanence | Should -Be 'Transient'
    }

    It 'explains each bounce of a folder' {
        $entries = Get-ChildItem $samples -Filter *.eml | Get-BounceStatus | Get-BounceCodeInfo
        $entries.Code | Should -Contain '5.2.2'
        $entries.Code | Should -Contain '4.4.1'
        $entries.Code | Should -Contain '2.0.0'
    }

    It 'gives one entry per bounce with -BestMatch' {
        $records = Get-ChildItem $samples -Filter *.eml | Get-BounceStatus
        $entries = $records | Get-BounceCodeInfo -BestMatch
        $entries.Count | Should -Be $records.Count
        $entries.Code | Should -Be $records.Status
    }

    It 'accepts code strings from the pipeline' {
        ('5.1.1', '4.2.2' | Get-BounceCodeInfo).Code | Should -Be @('5.1.1', '4.2.2')
    }
}

Describe 'Get-BounceCodeInfo errors' {
    It 'writes InvalidCode for text that is not a code and goes on' {
        $entries = Get-BounceCodeInfo 'hello', '5.1.1' -ErrorVariable problems -ErrorAction SilentlyContinue
        $entries.Code | Should -Be '5.1.1'
        $problems[0].FullyQualifiedErrorId | Should -Be "InvalidCode,$commandId"
        $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'writes CodeNotFound for a tag nobody uses' {
        $null = Get-BounceCodeInfo ZZZ99 -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be "CodeNotFound,$commandId"
    }

    It 'writes NoCodeInText for text without a code' {
        $null = Get-BounceCodeInfo -Text 'the server hung up' -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be "NoCodeInText,$commandId"
    }

    It 'stops with UnknownProvider for a provider it does not know' {
        { Get-BounceCodeInfo 5.1.1 -Provider Nowhere -ErrorAction Stop } | Should -Throw -ErrorId "UnknownProvider,$commandId"
    }
}

Describe 'Get-BounceCodeInfo views' {
    It 'shows a single entry as a card with its sections' {
        $text = Get-BounceCodeInfo 5.1.1 | Out-String -Width 120
        foreach ($section in 'Key idea', 'Meaning', 'Common causes', 'What the sender can do', 'What the receiving admin can do', 'Typical server wording', 'Example delivery status fields', 'Related codes', 'References') {
            $text | Should -Match ([regex]::Escape($section))
        }
        $text | Should -Match 'Diagnostic-Code: smtp; 550 5\.1\.1'
        $text | Should -Match '550 5\.1\.1 \(ProviderVariant, Gmail\)'
    }

    It 'keeps the card to the call that returned one entry' {
        $null = Get-BounceCodeInfo 5.1.1 | Out-String
        $entries = Get-BounceCodeInfo 5.1.1, 5.1.2
        $entries[0].PSObject.TypeNames | Should -Not -Contain 'BounceTools.BounceCodeInfo#Card'
        ($entries | Out-String -Width 120) | Should -Match 'Code\s+Provider\s+Permanence\s+Title'
    }

    It 'shows several entries as a table' {
        $text = Get-BounceCodeInfo 5.7.2* | Out-String -Width 120
        $text | Should -Match 'Code\s+Provider\s+Permanence\s+Title'
        $text | Should -Match '5\.7\.23\s+Permanent\s+SPF validation failed'
        $text | Should -Not -Match 'Common causes'
    }

    It 'shows cards for several entries with Format-Custom' {
        $text = Get-BounceCodeInfo 5.1.1, 5.1.2 | Format-Custom | Out-String -Width 120
        ([regex]::Matches($text, 'Key idea')).Count | Should -Be 2
    }

    It 'loads its format file from the manifest' {
        $manifest = Import-PowerShellDataFile (Join-Path $module.ModuleBase 'BounceTools.psd1')
        $manifest.FormatsToProcess | Should -Contain 'BounceTools.CodeInfo.Format.ps1xml'
    }
}

Describe 'Get-BounceCodeInfo tab completion' {
    BeforeAll {
        function Get-Completion([string] $Line) { (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText }
    }

    It 'completes codes' {
        $completions = Get-Completion 'Get-BounceCodeInfo 5.7.2'
        $completions | Should -Contain '5.7.23'
        $completions | Should -Contain '5.7.2'
    }

    It 'completes provider tags and narrows codes to -Provider' {
        Get-Completion 'Get-BounceCodeInfo TSS' | Should -Contain 'TSS04'
        Get-Completion 'Get-BounceCodeInfo -Provider Gmail 4.7.3' | Should -Contain '4.7.32'
        Get-Completion 'Get-BounceCodeInfo 4.7.3' | Should -Not -Contain '4.7.32'
    }

    It 'completes provider names, quoted when needed' {
        Get-Completion 'Get-BounceCodeInfo -Provider Mic' | Should -Be "'Microsoft 365'"
    }
}

Describe 'Get-BounceCodeInfo in a fresh session' {
    It 'imports and answers the first lookup' {
        $pwsh = Join-Path $PSHOME 'pwsh'
        $title = & $pwsh -NoProfile -NonInteractive -Command "Import-Module '$($module.Path)'; (Get-BounceCodeInfo 5.7.26).Title"
        $title | Should -Be 'Multiple authentication checks failed'
    }
}

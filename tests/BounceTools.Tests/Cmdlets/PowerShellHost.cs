using System.Management.Automation;
using System.Management.Automation.Runspaces;
using BounceTools.Commands;

namespace BounceTools.Tests.Cmdlets;

/// <summary>Runs the module's cmdlets in-process, in a fresh runspace per call.</summary>
internal static class PowerShellHost
{
    public static PowerShell CreateShell(params (string Name, object Value)[] variables)
    {
        var state = InitialSessionState.CreateDefault2();
        state.Commands.Add(new SessionStateCmdletEntry("Get-BounceStatus", typeof(GetBounceStatusCommand), null));
        state.Commands.Add(new SessionStateCmdletEntry("ConvertFrom-BounceMessage", typeof(ConvertFromBounceMessageCommand), null));
        foreach (var (name, value) in variables)
            state.Variables.Add(new SessionStateVariableEntry(name, value, null));
        return PowerShell.Create(state);
    }

    public static (List<PSObject> Output, List<ErrorRecord> Errors) Invoke(string script, params (string Name, object Value)[] variables)
    {
        using var shell = CreateShell(variables);
        shell.AddScript(script);
        var output = shell.Invoke().ToList();
        return (output, shell.Streams.Error.ToList());
    }
}

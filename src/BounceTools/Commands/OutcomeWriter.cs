using System.Management.Automation;

namespace BounceTools.Commands;

/// <summary>Writes a parse outcome to the pipeline: its records, its error, or a verbose note.</summary>
internal static class OutcomeWriter
{
    /// <returns>The number of records written.</returns>
    public static int Write(Cmdlet cmdlet, ParseOutcome outcome)
    {
        if (outcome.Error != null)
        {
            cmdlet.WriteError(outcome.Error);
            return 0;
        }
        if (outcome.NotBounce != null)
        {
            cmdlet.WriteVerbose($"{outcome.Source}: no records ({outcome.NotBounce}).");
            return 0;
        }
        foreach (var record in outcome.Records)
            cmdlet.WriteObject(record);
        return outcome.Records.Count;
    }
}

using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>Counts errors in an issue list, to stop reading after a maximum.</summary>
internal sealed class ErrorCounter(List<DataIssue> issues, int max)
{
    private int _seen;
    private int _errors;

    private int Errors
    {
        get
        {
            for (; _seen < issues.Count; _seen++)
            {
                if (issues[_seen].Severity == DataIssueSeverity.Error)
                {
                    _errors++;
                }
            }

            return _errors;
        }
    }

    /// <summary>Whether any error was added.</summary>
    public bool Any => Errors > 0;

    /// <summary>Whether the maximum was reached.</summary>
    public bool Full => Errors >= Math.Max(1, max);
}

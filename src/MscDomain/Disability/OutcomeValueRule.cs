using System.Globalization;
using MscDomain.Common;
using MscDomain.Outcomes;

namespace MscDomain.Disability;

/// <summary>
/// The range rule of an outcome value, in one place for the engine (<see cref="DisabilitySeries"/>) and the ingest
/// boundary (<c>MscDomain.Ingest.DisabilityVisitIngest</c>), so a value is accepted or rejected alike everywhere.
/// </summary>
/// <remarks>
/// EDSS: the Kurtzke steps 0, 1.0, 1.5, …, 10 (Kurtzke 1983), or any value in 0–10 with <see cref="EdssValidation.RangeOnly"/>.
/// SDMT: 0–110 correct substitutions in 90 s (Smith 1982; msprog's range check). T25FW and 9HPT: a timed test is a
/// positive number of seconds (MSFC administration manual, Fischer et al. 1999; a time of 0 would make the 20% change
/// threshold 0); above the test limits (T25FW 180 s, 9HPT 300 s; msprog's warnings) the value is kept with a note.
/// </remarks>
internal static class OutcomeValueRule
{
    /// <summary>The problem with <paramref name="value"/>, or <see langword="null"/> when it is in range.</summary>
    /// <returns>Severity (error: not used; note: used), issue code and rule.</returns>
    public static (DataIssueSeverity Severity, string Code, string Rule)? Check(OutcomeKind outcome, EdssValidation edss, decimal value)
    {
        if (outcome == OutcomeKind.Edss && edss == EdssValidation.Strict && IsEdssStepFast(value))
        {
            return null;
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        switch (outcome)
        {
            case OutcomeKind.Edss:
                if (edss == EdssValidation.Strict ? !EdssScore.IsValid(value) : value < 0 || value > 10)
                {
                    return (DataIssueSeverity.Error, DataIssueCodes.OutOfRange, edss == EdssValidation.Strict
                        ? $"EDSS {text} is not an EDSS step: 0, 1.0, 1.5, 2.0, …, 9.5, 10 (Kurtzke 1983; 0.5 does not exist)."
                        : $"EDSS {text} is outside 0–10 (Kurtzke 1983).");
                }

                return null;
            case OutcomeKind.Sdmt:
                return value is < 0 or > 110
                    ? (DataIssueSeverity.Error, DataIssueCodes.OutOfRange, $"SDMT {text} is outside 0–110 (correct substitutions in 90 s; Smith 1982, msprog).")
                    : null;
            case OutcomeKind.T25fw:
                return value <= 0 ? (DataIssueSeverity.Error, DataIssueCodes.OutOfRange, $"T25FW {text} s is not a positive time in seconds (MSFC manual, Fischer 1999).")
                    : value > 180 ? (DataIssueSeverity.Note, DataIssueCodes.AboveTestLimit, $"T25FW {text} s exceeds the 180 s test limit (msprog warning); kept.") : null;
            case OutcomeKind.Nhpt:
                return value <= 0 ? (DataIssueSeverity.Error, DataIssueCodes.OutOfRange, $"9HPT {text} s is not a positive time in seconds (MSFC manual, Fischer 1999).")
                    : value > 300 ? (DataIssueSeverity.Note, DataIssueCodes.AboveTestLimit, $"9HPT {text} s exceeds the 300 s test limit (msprog warning); kept.") : null;
            default:
                return null;
        }
    }

    /// <summary>Fast exact test for the EDSS grid (equivalent to <see cref="EdssScore.IsValid"/>).</summary>
    private static bool IsEdssStepFast(decimal v)
    {
        var twice = (double)v * 2.0;
        if (twice != Math.Floor(twice) || twice < 0 || twice > 20 || twice == 1.0)
        {
            return false;
        }

        return (decimal)(twice / 2.0) == v;
    }

    /// <summary>Sorts visit keys (day numbers) stably by day and removes same-day duplicates, keeping the last row of each
    /// day (msprog: <c>group_by(date) |&gt; slice(n())</c>).</summary>
    /// <param name="keys">Day numbers of the kept rows (first <paramref name="m"/> used); rearranged in place.</param>
    /// <param name="idx">Input positions parallel to <paramref name="keys"/>; rearranged in place.</param>
    /// <param name="m">Number of rows.</param>
    /// <param name="dropped">Called with the input position of each dropped same-day row, in date order.</param>
    /// <returns>The number of rows kept (the first entries of <paramref name="keys"/> and <paramref name="idx"/>).</returns>
    public static int SortAndMergeSameDay(int[] keys, int[] idx, int m, Action<int>? dropped)
    {
        var sorted = true;
        for (var k = 1; k < m; k++)
        {
            if (keys[k] < keys[k - 1])
            {
                sorted = false;
                break;
            }
        }

        if (!sorted)
        {
            // Stable sort by date: tie-break by input position so that "keep the last row of a day" is well defined.
            var order = new long[m];
            for (var k = 0; k < m; k++)
            {
                order[k] = ((long)keys[k] << 32) | (uint)idx[k];
            }

            Array.Sort(order);
            for (var k = 0; k < m; k++)
            {
                keys[k] = (int)(order[k] >> 32);
                idx[k] = (int)(order[k] & 0xffffffff);
            }
        }

        var count = 0;
        for (var k = 0; k < m; k++)
        {
            if (k + 1 < m && keys[k + 1] == keys[k])
            {
                dropped?.Invoke(idx[k]);
                continue;
            }

            idx[count] = idx[k];
            keys[count] = keys[k];
            count++;
        }

        return count;
    }
}

namespace MscDomain.Analysis;

/// <summary>Validation and grouping of survival rows shared by the estimators.</summary>
internal static class SurvivalInput
{
    /// <summary>Checks every row and groups rows by group name in order of first appearance.</summary>
    public static List<KeyValuePair<string, List<SurvivalObservation>>> GroupRows(IReadOnlyList<SurvivalObservation> observations, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(observations, parameterName);
        if (observations.Count == 0)
        {
            throw new ArgumentException("There are no observations; a survival analysis needs at least one row.", parameterName);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<KeyValuePair<string, List<SurvivalObservation>>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var row = observations[i] ?? throw new ArgumentNullException(parameterName, $"{parameterName}[{i}] is null.");
            row.Validate(i, parameterName);
            if (!index.TryGetValue(row.Group, out var g))
            {
                g = groups.Count;
                index.Add(row.Group, g);
                groups.Add(new(row.Group, []));
            }

            groups[g].Value.Add(row);
        }

        return groups;
    }
}

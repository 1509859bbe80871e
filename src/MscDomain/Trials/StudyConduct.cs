using System.Collections.Immutable;
using System.Text.RegularExpressions;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Who ran the study and where: sponsor, collaborators, sites and countries.</summary>
/// <remarks>ClinicalTrials.gov API v2 sponsorCollaboratorsModule (leadSponsor, collaborators) and contactsLocationsModule
/// (locations with facility and country); FHIR R4 ResearchStudy.sponsor, .site and .location. Countries are ISO 3166-1
/// alpha-2 codes. <see cref="Multicentre"/> states single- vs multicentre when the site count is not given; the consistency
/// pass reports a contradiction (MSC1016).</remarks>
/// <param name="Sponsor">Lead sponsor, e.g. "BrainStorm Cell Therapeutics", or null.</param>
/// <param name="Collaborators">Collaborators; may be empty.</param>
/// <param name="SiteCount">Number of sites, or null.</param>
/// <param name="Sites">Named sites; may be empty (fewer than <paramref name="SiteCount"/> when only some are named).</param>
/// <param name="Countries">ISO 3166-1 alpha-2 country codes; may be empty.</param>
/// <param name="Multicentre">Whether the study is multicentre, or null when not stated.</param>
public sealed partial record StudyConduct(
    ImmutableArray<string> Collaborators,
    ImmutableArray<string> Sites,
    ImmutableArray<string> Countries,
    string? Sponsor = null,
    int? SiteCount = null,
    bool? Multicentre = null)
{
    /// <summary>Lead sponsor, or null.</summary>
    /// <exception cref="ArgumentException">A blank name, a site count below 1, or a country that is not two upper-case letters.</exception>
    public string? Sponsor { get; } = Require.NullOrNotBlank(Sponsor, nameof(Sponsor));

    /// <summary>Collaborators.</summary>
    public ImmutableArray<string> Collaborators { get; } = Require.NotDefault(Collaborators, nameof(Collaborators));

    /// <summary>Number of sites (at least 1), or null.</summary>
    public int? SiteCount { get; } = SiteCount is { } n ? Require.Positive(n, nameof(SiteCount)) : null;

    /// <summary>Named sites.</summary>
    public ImmutableArray<string> Sites { get; } = Require.NotDefault(Sites, nameof(Sites));

    /// <summary>ISO 3166-1 alpha-2 country codes.</summary>
    public ImmutableArray<string> Countries { get; } = CheckCountries(Countries);

    private static ImmutableArray<string> CheckCountries(ImmutableArray<string> countries)
    {
        countries = Require.NotDefault(countries, nameof(Countries));
        foreach (var c in countries)
        {
            if (!CountryCode().IsMatch(c))
            {
                throw new ArgumentException($"StudyConduct.Countries: '{c}' is not an ISO 3166-1 alpha-2 code (two upper-case letters, e.g. \"IL\", \"GB\").", nameof(Countries));
            }
        }

        return countries;
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}

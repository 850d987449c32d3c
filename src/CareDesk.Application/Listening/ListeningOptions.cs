using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Listening;

/// <summary>Listening scope, pseudonymisation and anomaly-detection settings, bound from the "Listening" section.</summary>
public sealed class ListeningOptions
{
    public const string SectionName = "Listening";

    /// <summary>
    /// The key of the keyed hash that turns author handles and item ids into pseudonyms (R43). The default only suits a
    /// development database: set a secret of your own in production, and keep it, or pseudonyms stop matching.
    /// </summary>
    [Required, MinLength(16)]
    public string PseudonymKey { get; set; } = "caredesk-development-pseudonym-key";

    /// <summary>Therapy-area words per brand name that keep a listening hit in scope besides the brand's own terms (R43a).</summary>
    public Dictionary<string, List<string>> TherapyTerms { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cardiozen"] = ["hypertension", "\"high blood pressure\"", "\"blood pressure\""],
        ["Respiro"] = ["asthma", "copd", "inhaler"],
    };

    /// <summary>How often the background job looks for spikes and campaigns.</summary>
    public TimeSpan DetectionInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many previous weeks of the same hour-of-week form the baseline.</summary>
    [Range(1, 12)]
    public int BaselineWeeks { get; set; } = 4;

    /// <summary>The robust z-score at which a spike becomes an alert (severity 1).</summary>
    [Range(1.0, 20.0)]
    public double SpikeThreshold { get; set; } = 3.5;

    /// <summary>No spike alert below this many posts in the hour, however quiet the baseline.</summary>
    [Range(1, 10000)]
    public int MinSpikeVolume { get; set; } = 10;

    [Range(0.1, 1.0)]
    public double NearDuplicateSimilarity { get; set; } = 0.6;

    [Range(2, 1000)]
    public int MinCampaignClusterSize { get; set; } = 5;

    /// <summary>An author first seen within this window counts as a new account.</summary>
    public TimeSpan NewAccountWindow { get; set; } = TimeSpan.FromDays(7);

    [Range(0.0, 1.0)]
    public double MinNewAccountShare { get; set; } = 0.6;

    [Range(1, 10000)]
    public int MinHashtagPosts { get; set; } = 8;

    [Range(0.05, 1.0)]
    public double MinHashtagHostileRise { get; set; } = 0.4;
}

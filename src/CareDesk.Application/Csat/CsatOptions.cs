using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Csat;

/// <summary>Bound from the "Csat" section: where the public survey page is reachable for the people who get the link.</summary>
public sealed class CsatOptions
{
    public const string SectionName = "Csat";

    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public bool Enabled { get; set; } = true;
}

using System.ComponentModel.DataAnnotations;

namespace CareDesk.Application.Security;

/// <summary>The "Security" section: incident detection thresholds and the operator's declaration of at-rest encryption.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>An export of at least this many cases in one go raises a security incident for review (R45).</summary>
    [Range(1, 100000)]
    public int BulkExportThreshold { get; set; } = 50;

    /// <summary>How often the web host looks through the audit trail for suspicious exports.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan IncidentScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What encrypts the volume that holds the database and backups (e.g. "LUKS2 on /var/lib/caredesk", "AWS EBS
    /// encryption (KMS)"), as declared by the operator; empty when nobody declared it. CareDesk cannot verify a volume
    /// from inside, so the inspection reports this as declared, not verified.
    /// </summary>
    public string? VolumeEncryption { get; set; }
}

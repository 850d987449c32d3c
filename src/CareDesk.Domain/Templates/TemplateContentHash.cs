using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareDesk.Domain.Templates;

/// <summary>
/// The canonical form MLR signs: the version's id, family and number (so a signature cannot be moved to another
/// record) and every content field. Lifecycle fields (status, approvals) are not content: withdrawing or expiring
/// a version leaves its signatures valid.
/// </summary>
public static class TemplateContentHash
{
    public static string Of(ResponseTemplate template)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            template.Id,
            template.FamilyId,
            template.Version,
            template.MaterialId,
            template.Name,
            template.JobCode,
            template.Body,
            Variables = template.Variables.Select(variable => new { variable.Name, Kind = variable.Kind.ToString(), variable.Required }),
            Labels = template.Labels.Select(label => label.ToString()).Order(StringComparer.Ordinal),
            Channels = template.ChannelKinds.Select(kind => kind.ToString()).Order(StringComparer.Ordinal),
            Markets = template.Markets.Order(StringComparer.Ordinal),
            Category = template.Category.ToString(),
            DateOfPreparation = template.DateOfPreparation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EffectiveFrom = template.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ExpiresOn = template.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            template.BrandId,
            template.LabelVersion,
        });
        // The SIUU tag and the benefit claim (R22, R23) are signed content too; they join the canonical form only when set,
        // so versions signed before these fields existed keep their valid signatures.
        if (template.Siuu || template.BenefitClaim is not null)
        {
            canonical += JsonSerializer.Serialize(new { template.Siuu, template.BenefitClaim });
        }

        // The audience joined the signed content later (R25): public versions keep the hash they were signed with.
        if (template.Audience != TemplateAudience.Public)
        {
            canonical += $"|audience={template.Audience}";
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

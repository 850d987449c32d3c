using System.Globalization;
using System.Text;
using CareDesk.Application.Common;

namespace CareDesk.Application.Misinformation;

/// <summary>
/// The R26 record set as CSV, one line per misinformation item: the misinformation text and location, date found, the
/// correction text, the date it was posted or sent to the site owner, and whether the site owner acted.
/// </summary>
public sealed class ExportMisinformationRecordsHandler(ListMisinformationCorrectionsHandler list)
{
    public static readonly string[] Columns = ["correction_id", "brand", "location_url", "found_utc", "item", "direction", "misinformation", "addressed", "rationale",
        "snapshot", "correction_material_id", "correction_text", "attested_by", "attested_utc", "delivery", "delivered_utc", "site_owner_acted"];

    public async Task<string> HandleAsync(CancellationToken cancellationToken)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var correction in await list.HandleAsync(cancellationToken))
        {
            foreach (var item in correction.Items)
            {
                string?[] fields = [correction.Id.ToString(), correction.Brand, correction.SourceUrl, Utc(correction.FoundAt), item.Number.ToString(CultureInfo.InvariantCulture),
                    item.Direction.ToString().ToLowerInvariant(), item.Statement, item.Addressed ? "yes" : "no", item.Rationale, correction.Snapshot,
                    correction.CorrectionMaterialId, correction.CorrectionText, correction.AttestedBy, Utc(correction.AttestedAt), Delivery(correction.Delivery),
                    Utc(correction.DeliveredAt), correction.SiteOwnerActed switch { true => "yes", false => "no", null => null }];
                csv.AppendJoin(',', fields.Select(CsvText.Quote)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    private static string? Delivery(Domain.Misinformation.CorrectionDelivery? delivery) => delivery switch
    {
        Domain.Misinformation.CorrectionDelivery.PostedInForum => "posted_in_forum",
        Domain.Misinformation.CorrectionDelivery.SentToSiteOwner => "sent_to_site_owner",
        null => null,
    };

    private static string? Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

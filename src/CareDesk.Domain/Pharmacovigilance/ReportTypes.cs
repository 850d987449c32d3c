using CareDesk.Domain.Channels;

namespace CareDesk.Domain.Pharmacovigilance;

/// <summary>R2 defaults: organic posts are spontaneous (GVP VI.B.1.1.4); company-run data collection is solicited (E2D(R1)).</summary>
public static class ReportTypes
{
    public static ReportType From(DataCollectionSource source) =>
        source == DataCollectionSource.Organic ? ReportType.Spontaneous : ReportType.Solicited;
}

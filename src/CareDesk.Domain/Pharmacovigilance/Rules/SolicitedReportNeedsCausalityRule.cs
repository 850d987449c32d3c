using CareDesk.Domain.Common;

namespace CareDesk.Domain.Pharmacovigilance.Rules;

/// <summary>A solicited report is forwarded as reportable only with a causality assessment (R2).</summary>
public sealed class SolicitedReportNeedsCausalityRule(ReportType reportType, string? causality) : IBusinessRule
{
    public bool IsBroken() => reportType == ReportType.Solicited && string.IsNullOrWhiteSpace(causality);

    public string Message => "A solicited report needs a causality assessment before it can be sent to PV.";

    public string? Field => "causality";
}

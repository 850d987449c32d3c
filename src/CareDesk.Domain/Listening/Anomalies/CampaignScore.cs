namespace CareDesk.Domain.Listening.Anomalies;

/// <param name="ClusterSize">Posts in the largest near-duplicate cluster of the window.</param>
/// <param name="NewAccounts">Distinct authors of that cluster first seen within the new-account window.</param>
/// <param name="Authors">Distinct authors of that cluster.</param>
public sealed record CampaignScore(int ClusterSize, int NewAccounts, int Authors)
{
    public double NewAccountShare => Authors == 0 ? 0 : (double)NewAccounts / Authors;

    /// <summary>Copy-paste text from several accounts, most of them new: the signature of a coordinated campaign.</summary>
    public bool IsCampaign(int minClusterSize, double minNewAccountShare) =>
        ClusterSize >= minClusterSize && Authors >= minClusterSize / 2 + 1 && NewAccountShare >= minNewAccountShare;

    /// <summary>Grows a point per doubling of the cluster over the minimum, plus up to 5 points for the new-account share.</summary>
    public int Severity(int minClusterSize) =>
        Math.Clamp(2 + (int)Math.Floor(2 * Math.Log2((double)ClusterSize / minClusterSize)) + (int)Math.Round(NewAccountShare * 5) - 2, 1, 10);
}

namespace Lab.Classroom.Quotas;

/// <summary>Where a quota is counted: per account in one Region, or once for the whole account (IAM, dashboards).</summary>
public enum QuotaScope
{
    Region,
    Account,
}

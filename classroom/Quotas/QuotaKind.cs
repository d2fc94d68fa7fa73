namespace Lab.Classroom.Quotas;

/// <summary>How a student's usage meets a quota.</summary>
public enum QuotaKind
{
    /// <summary>Every student adds their usage to one account-wide total (tables, RCU, roles ...).</summary>
    Summed,

    /// <summary>A limit on each resource on its own (one table's capacity): more students never break it.</summary>
    PerResource,

    /// <summary>Lambda concurrency: the reservations must leave the account its minimum unreserved concurrency.</summary>
    Reservable,
}

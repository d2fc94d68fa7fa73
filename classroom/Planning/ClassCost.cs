using Lab.Classroom.Quotas;
using Lab.Classroom.Usage;

namespace Lab.Classroom.Planning;

/// <summary>What the class's provisioned capacity and shards cost while they exist, whatever the students do.</summary>
public sealed record ClassCost(double PerStudentHourUsd, double ClassHourUsd, double Hours, double ClassTotalUsd)
{
    public static ClassCost Of(StudentUsage usage, int students, double hours)
    {
        var perStudent = usage.Of(QuotaCatalog.AccountReadCapacity) * PriceTable.ReadUnitHourUsd
            + usage.Of(QuotaCatalog.AccountWriteCapacity) * PriceTable.WriteUnitHourUsd
            + usage.Of(QuotaCatalog.Shards) * PriceTable.ShardHourUsd;
        return new ClassCost(Math.Round(perStudent, 4), Math.Round(perStudent * students, 2), hours, Math.Round(perStudent * students * hours, 2));
    }
}

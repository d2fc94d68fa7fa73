using System.Globalization;
using Lab.Classroom.Planning;
using Lab.Classroom.Quotas;

namespace Lab.Classroom.Tests;

/// <summary>`lab class plan`'s answers, on usage counted from the real stack program (never from numbers kept here).</summary>
public sealed class ClassPlanTests
{
    [Fact]
    public async Task Thirty_students_in_one_account_do_not_fit_the_default_WCU_quota_and_the_largest_fitting_scale_is_found()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(), ClassUnderTest.Seats(30));

        Assert.False(plan.Fits);
        var (account, row) = plan.FirstExceeded!.Value;
        Assert.Equal(QuotaCatalog.AccountWriteCapacity, row.Quota.Key);
        Assert.Equal(80_000, row.Limit);
        Assert.Equal(QuotaCatalog.AccountWriteCapacity, account.Binding!.Quota.Key);
        // The design-patterns tables provision their workshop figures: one student alone takes a seventh of the quota.
        var perStudent = plan.PerStudent.Of(QuotaCatalog.AccountWriteCapacity);
        Assert.Equal((int)Math.Floor(80_000 / perStudent), account.MostStudentsThatFit);
        Assert.Equal(7, account.MostStudentsThatFit);
        Assert.Equal((int)Math.Ceiling(30 / 7.0), plan.AccountsNeeded);
        Assert.Contains(plan.QuotaIncreases, i => i.Key == QuotaCatalog.AccountWriteCapacity && i.Needed == perStudent * 30);

        // The scale it names fits; one step more does not.
        var scale = plan.LargestCapacityScaleThatFits!.Value;
        var atScale = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", Text(scale))), ClassUnderTest.Seats(30));
        Assert.True(atScale.Fits, $"capacityScale {scale} should fit 30 students");
        var above = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", Text(scale + 0.01))), ClassUnderTest.Seats(30));
        Assert.False(above.Fits);
        Assert.Equal(QuotaCatalog.AccountWriteCapacity, above.FirstExceeded!.Value.Row.Quota.Key);
    }

    [Fact]
    public async Task Raised_quotas_given_as_overrides_make_the_same_class_fit()
    {
        var quotas = new Dictionary<string, double> { [QuotaCatalog.AccountWriteCapacity] = 400_000, [QuotaCatalog.AccountReadCapacity] = 300_000 };
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(), ClassUnderTest.Seats(30), quotas);

        Assert.True(plan.Fits);
        var wcu = plan.Accounts[0].Rows.Single(r => r.Quota.Key == QuotaCatalog.AccountWriteCapacity);
        Assert.Equal(400_000, wcu.Limit);
        Assert.Empty(plan.QuotaIncreases);
    }

    [Fact]
    public async Task Spreading_the_class_over_enough_accounts_makes_it_fit()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(), ClassUnderTest.Seats(30, accounts: 5));

        Assert.True(plan.Fits);
        Assert.Equal(5, plan.Accounts.Count);
        Assert.All(plan.Accounts, a => Assert.Equal(6, a.Students));
        // IAM roles are counted once per account, whatever the Region.
        Assert.All(plan.Accounts, a => Assert.Equal("all", a.Rows.Single(r => r.Quota.Key == QuotaCatalog.Roles).Region));
    }

    [Fact]
    public async Task A_new_account_whose_concurrency_is_10_cannot_hold_the_ReduceLambda_reservation_until_it_is_switched_off()
    {
        var newAccount = new Dictionary<string, double> { [QuotaCatalog.Concurrency] = 10 };
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", "0.1")), ClassUnderTest.Seats(3), newAccount);
        Assert.False(plan.Fits);
        var row = plan.FirstExceeded!.Value.Row;
        Assert.Equal(QuotaCatalog.Concurrency, row.Quota.Key);
        Assert.Equal(0, row.Available);
        Assert.Null(plan.AccountsNeeded);

        var off = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", "0.1"), ("reduceLambdaReservedConcurrency", "off")), ClassUnderTest.Seats(3), newAccount);
        Assert.True(off.Fits);
        Assert.Equal(0, off.PerStudent.Of(QuotaCatalog.Concurrency));
    }

    [Fact]
    public async Task At_the_largest_capacityScale_one_table_exceeds_the_table_level_quota_and_no_number_of_accounts_helps()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", "10")), ClassUnderTest.Seats(1));

        Assert.False(plan.Fits);
        // One student alone exceeds the account quota too; the table-level one is what no number of accounts can fix.
        var row = plan.Accounts[0].Rows.Single(r => r.Quota.Key == QuotaCatalog.TableWriteCapacity);
        Assert.False(row.Fits);
        Assert.Equal(QuotaKind.PerResource, row.Quota.Kind);
        Assert.Contains("tlog_scan", row.Detail);
        Assert.Equal(0, row.StudentsThatFit);
        Assert.Null(plan.AccountsNeeded);
        Assert.True(plan.LargestCapacityScaleThatFits < 10);
    }

    [Fact]
    public async Task Usage_follows_the_stack_config_a_class_of_on_demand_labs_provisions_no_capacity()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("labs", "[\"gameScores\",\"tourney\"]")), ClassUnderTest.Seats(100));

        Assert.True(plan.Fits);
        Assert.Equal(0, plan.PerStudent.Of(QuotaCatalog.AccountWriteCapacity));
        Assert.Equal(4, plan.PerStudent.Of(QuotaCatalog.Tables));
        Assert.Equal(3, plan.PerStudent.Of(QuotaCatalog.Roles));
        Assert.Equal(1, plan.PerStudent.Of(QuotaCatalog.Rules));
        Assert.Null(plan.LargestCapacityScaleThatFits);
        Assert.Equal(0, plan.Cost.PerStudentHourUsd);
        // EventBridge's 300 rules per bus bind first: one schedule per student.
        Assert.Equal(QuotaCatalog.Rules, plan.Accounts[0].Binding!.Quota.Key);
        Assert.Equal(300, plan.Accounts[0].MostStudentsThatFit);
    }

    [Fact]
    public async Task Defaults_differ_by_Region_where_AWS_says_so()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(("capacityScale", "0.1")), ClassUnderTest.Seats(2, region: "af-south-1"));

        Assert.Equal(100, plan.Accounts[0].Rows.Single(r => r.Quota.Key == QuotaCatalog.Rules).Limit);
        Assert.Equal(1_000, plan.Accounts[0].Rows.Single(r => r.Quota.Key == QuotaCatalog.Shards).Limit);
    }

    [Fact]
    public async Task The_cost_is_provisioned_capacity_and_shard_hours_at_the_stated_prices()
    {
        var plan = await ClassUnderTest.PlanAsync(ClassUnderTest.Stack(), ClassUnderTest.Seats(10), hours: 3);
        var usage = plan.PerStudent;
        var perStudent = usage.Of(QuotaCatalog.AccountReadCapacity) * 0.00013 + usage.Of(QuotaCatalog.AccountWriteCapacity) * 0.00065
            + usage.Of(QuotaCatalog.Shards) * 0.015;

        Assert.Equal(Math.Round(perStudent, 4), plan.Cost.PerStudentHourUsd);
        Assert.Equal(Math.Round(perStudent * 10 * 3, 2), plan.Cost.ClassTotalUsd);
        Assert.Equal(2, usage.Of(QuotaCatalog.Shards));
    }

    private static string Text(double scale) => scale.ToString("0.##", CultureInfo.InvariantCulture);
}

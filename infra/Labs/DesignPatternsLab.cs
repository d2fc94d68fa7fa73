using Lab.Infra.Building;
using Lab.Infra.Configuration;
using Pulumi;

namespace Lab.Infra.Labs;

/// <summary>
/// LABS.md §3 (seed 002): the design-patterns workshop's provisioned tables (capacity is the lesson:
/// the seed's figures, scaled by config capacityScale) and ddbreplica_lambda replicating tlog into
/// tlog_replica, deletes included.
/// </summary>
public sealed class DesignPatternsLab : LabComponent
{
    public DesignPatternsLab(StudentContext student, ComponentResourceOptions? options = null)
        : base("dynamodb-labs:labs:DesignPatterns", LabNames.DesignPatterns, options)
    {
        var tables = new LabTables(student, this);
        Capacity = new ProvisionedCapacity(student.Config.CapacityScale);

        var requestId = TableKey.N("requestid");
        GlobalIndex HostIndex(int read, int write) =>
            new("host-requestid-gsi", TableKey.S("host"), requestId, "INCLUDE", read, write, ["bytessent"]);

        var tlog = tables.Provisioned("tlog", requestId, null, 5, 5, Capacity, [HostIndex(5, 5)], streamViewType: "NEW_IMAGE");
        var tlogGsiLow = tables.Provisioned("tlog_gsi_low", requestId, null, 1000, 1000, Capacity, [HostIndex(1, 1)]);
        var tlogScan = tables.Provisioned("tlog_scan", requestId, null, 5000, 5000, Capacity,
            [new GlobalIndex("gsi_responsecode", TableKey.N("gsi_responsecode_hk"), TableKey.S("gsi_responsecode_sk"), "KEYS_ONLY", 3000, 5000)]);
        // The seed adds gsi_manager and gsi_city_dept later (update-table) without capacity figures:
        // they get the table's 100/100 and project ALL, as gsi_overload does.
        var employees = tables.Provisioned("employees", TableKey.N("employeeid"), TableKey.S("colA"), 100, 100, Capacity,
        [
            new GlobalIndex("gsi_overload", TableKey.S("colA"), TableKey.S("name"), "ALL", 100, 100),
            new GlobalIndex("gsi_manager", TableKey.S("is_manager"), TableKey.S("title"), "ALL", 100, 100),
            new GlobalIndex("gsi_city_dept", TableKey.S("state"), TableKey.S("city_dept"), "ALL", 100, 100),
        ]);
        var replica = tables.Provisioned("tlog_replica", requestId, null, 10, 5, Capacity, [HostIndex(10, 5)]);

        var failures = StreamTrigger.FailureQueue("ddbreplica_lambda", student, this);
        var statements = new List<PolicyStatement>
        {
            new("WriteReplicaOnly", ["dynamodb:PutItem", "dynamodb:DeleteItem"], [replica.Arn]),
        };
        statements.AddRange(StreamTrigger.ReadStatements("ReadTlogStreamOnly", StreamTrigger.DynamoDbStreamReadActions, tlog.StreamArn, failures));
        var replicate = new LabFunction(new LambdaFunctionSpec
        {
            Name = "ddbreplica_lambda",
            Handler = FunctionHandlers.For("DesignPatterns", "DdbReplicaLambda"),
            TimeoutSeconds = 60,
            Environment = new Dictionary<string, Input<string>> { ["REPLICA_TABLE"] = replica.Name },
            Statements = statements,
        }, student, this);
        StreamTrigger.Connect("tlog-to-ddbreplica_lambda", tlog.StreamArn, replicate,
            new StreamTriggerSpec { StartingPosition = "TRIM_HORIZON", BatchSize = 100 }, failures, student, this);

        Inventory = new LabOutputs(Lab);
        Inventory.Table("tlog", tlog);
        Inventory.Table("tlog_gsi_low", tlogGsiLow);
        Inventory.Table("tlog_scan", tlogScan);
        Inventory.Table("employees", employees);
        Inventory.Table("tlog_replica", replica);
        Inventory.Function(replicate, consumesStream: true);
        Inventory.Extra("provisionedCapacity", Output.Create<object>(Capacity.Summary()));
        Outputs = Inventory.Build();
        RegisterOutputs();
    }

    public ProvisionedCapacity Capacity { get; }
    public override LabOutputs Inventory { get; }
    public override Output<System.Collections.Immutable.ImmutableDictionary<string, object>> Outputs { get; }
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { capacityBudget } from "../src/policies/capacityBudget";
import { find, goodPlan, review, tags, TestResource } from "./fixtures";

const budget = (max: Record<string, unknown>) => ({ "provisioned-capacity-budget": max });

function provisionedTable(name: string, rcu: number, wcu: number, gsis: [number, number][] = []): TestResource {
    return {
        type: "aws:dynamodb/table:Table", name, parent: null,
        inputs: {
            name: `${name}-alice-7f3a`, billingMode: "PROVISIONED", readCapacity: rcu, writeCapacity: wcu, hashKey: "requestid",
            attributes: [{ name: "requestid", type: "N" }],
            globalSecondaryIndexes: gsis.map(([r, w], i) => ({ name: `gsi${i}`, hashKey: "requestid", projectionType: "KEYS_ONLY", readCapacity: r, writeCapacity: w })),
            tags: tags("designPatterns"),
        },
    };
}

test("the good plan is within the default budget", async () => {
    assert.deepEqual(await review(goodPlan(), [capacityBudget]), []);
});

test("table plus GSI capacity over the budget is a violation with the total and the largest parts", async () => {
    const plan = goodPlan();
    plan.resources.push(provisionedTable("tlog", 8, 1, [[5, 1]]));
    const violations = await review(plan, [capacityBudget], budget({ maxReadCapacityUnits: 15 }));
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "(stack)");
    // 5 (GameScoresByUser) + 8 (tlog) + 5 (tlog/gsi0) = 18 RCU.
    assert.match(violations[0].message, /read capacity totals 18 RCU, over the per-student budget of 15 .*largest: tlog-alice-7f3a 8/);
});

test("on-demand tables do not count, tables without a billing mode are provisioned", async () => {
    const plan = goodPlan();
    find(plan, "GameScoreRecords").inputs.readCapacity = 1000; // ignored: PAY_PER_REQUEST
    assert.deepEqual(await review(plan, [capacityBudget], budget({ maxReadCapacityUnits: 5 })), []);
    delete find(plan, "GameScoreRecords").inputs.billingMode;
    assert.equal((await review(plan, [capacityBudget], budget({ maxReadCapacityUnits: 5 }))).length, 1);
});

test("Kinesis shards over the budget and on-demand streams are violations", async () => {
    const plan = goodPlan();
    find(plan, "Lab-Stream").inputs.shardCount = 4;
    const over = await review(plan, [capacityBudget], budget({ maxKinesisShards: 3 }));
    assert.match(over[0].message, /Kinesis shards totals 4 shards/);
    find(plan, "Lab-Stream").inputs.streamModeDetails = { streamMode: "ON_DEMAND" };
    const onDemand = await review(plan, [capacityBudget]);
    assert.equal(onDemand[0].resource, "Lab-Stream");
    assert.match(onDemand[0].message, /ON_DEMAND/);
    assert.deepEqual(await review(plan, [capacityBudget], budget({ allowOnDemandKinesis: true })), []);
});

test("the design-patterns workshop's figures (LABS.md §3) fit the default budget at scale 1, not at scale 2", async () => {
    // gsi_manager and gsi_city_dept have no figures in the seed; 100/100 like the table is assumed.
    const workshop = (scale: number) => [
        provisionedTable("tlog", 5, 5, [[5, 5]]),
        provisionedTable("tlog_gsi_low", 1000, 1000, [[1, 1]]),
        provisionedTable("tlog_scan", 5000, 5000, [[3000, 5000]]),
        provisionedTable("employees", 100, 100, [[100, 100], [100, 100], [100, 100]]),
        provisionedTable("tlog_replica", 10, 5, [[10, 5]]),
    ].map(t => {
        t.inputs.readCapacity *= scale;
        t.inputs.writeCapacity *= scale;
        t.inputs.globalSecondaryIndexes.forEach((g: any) => { g.readCapacity *= scale; g.writeCapacity *= scale; });
        return t;
    });
    const atScale = (scale: number) => ({ resources: [...goodPlan().resources, ...workshop(scale)], outputs: {} });
    assert.deepEqual(await review(atScale(1), [capacityBudget]), []);
    assert.equal((await review(atScale(2), [capacityBudget])).length, 2);
});

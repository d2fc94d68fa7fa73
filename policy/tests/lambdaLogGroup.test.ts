import { test } from "node:test";
import assert from "node:assert/strict";
import { lambdaLogGroup } from "../src/policies/lambdaLogGroup";
import { find, goodPlan, review } from "./fixtures";

test("functions with their declared log groups pass", async () => {
    assert.deepEqual(await review(goodPlan(), [lambdaLogGroup]), []);
});

test("a function with no log group is a violation naming the function and the expected group", async () => {
    const plan = goodPlan();
    plan.resources = plan.resources.filter(r => r.name !== "ProcessKinesisRecords-logs");
    const violations = await review(plan, [lambdaLogGroup]);
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "ProcessKinesisRecords");
    assert.match(violations[0].message, /no declared log group "\/aws\/lambda\/ProcessKinesisRecords-alice-7f3a"/);
});

test("a log group without retention (unset or 0 = forever) is a violation", async () => {
    for (const retention of [undefined, 0]) {
        const plan = goodPlan();
        find(plan, "ProcessKinesisRecords-logs").inputs.retentionInDays = retention;
        const violations = await review(plan, [lambdaLogGroup]);
        assert.equal(violations.length, 1, `retention ${retention}`);
        assert.match(violations[0].message, /has no retention/);
    }
});

test("a function logging to a custom group needs that group declared", async () => {
    const plan = goodPlan();
    find(plan, "ProcessKinesisRecords").inputs.loggingConfig = { logFormat: "JSON", logGroup: "/labs/alice/kinesis" };
    assert.equal((await review(plan, [lambdaLogGroup])).length, 1);
    find(plan, "ProcessKinesisRecords-logs").inputs.name = "/labs/alice/kinesis";
    assert.deepEqual(await review(plan, [lambdaLogGroup]), []);
});

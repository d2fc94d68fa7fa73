import { test } from "node:test";
import assert from "node:assert/strict";
import { streamReaders } from "../src/policies/streamReaders";
import { account, find, goodPlan, kinesisStreamArn, policyDocument, region, review, scoresStreamArn } from "./fixtures";

function addStatement(plan: ReturnType<typeof goodPlan>, policyName: string, statement: object) {
    const resource = find(plan, policyName);
    const document = JSON.parse(resource.inputs.policy);
    document.Statement.push(statement);
    resource.inputs.policy = JSON.stringify(document);
}

test("roles reading exactly the streams their functions are mapped from pass", async () => {
    assert.deepEqual(await review(goodPlan(), [streamReaders]), []);
});

test("a role reading another function's stream is a violation on its role policy", async () => {
    const plan = goodPlan();
    addStatement(plan, "ProcessKinesisRecords-policy", {
        Effect: "Allow", Action: ["dynamodb:GetRecords"], Resource: `arn:aws:dynamodb:${region}:${account}:table/GameScoreRecords-alice-7f3a/stream/*`,
    });
    const violations = await review(plan, [streamReaders]);
    assert.deepEqual(violations.map(v => v.resource), ["ProcessKinesisRecords-policy", "ProcessKinesisRecords-policy"]);
    assert.match(violations[0].message, /none of its functions has an event source mapping from it/);
    assert.match(violations[1].message, /a stream only role "AggregateScoresByUser-alice-7f3a-role" consumes/);
});

test("a GetRecords grant on \"*\" covers the other role's stream and is a violation", async () => {
    const plan = goodPlan();
    addStatement(plan, "AggregateScoresByUser-policy", { Effect: "Allow", Action: "kinesis:GetRecords", Resource: "*" });
    const violations = await review(plan, [streamReaders]);
    assert.equal(violations.length, 1);
    assert.ok(violations[0].message.includes(kinesisStreamArn));
});

test("a producer needs no read grant; a producer that can read its stream is a violation", async () => {
    const plan = goodPlan();
    plan.resources.push(
        {
            type: "aws:iam/role:Role", name: "Generator-role", parent: null,
            inputs: {
                name: "GeneratorLambda-alice-7f3a-role",
                inlinePolicies: [{ name: "put", policy: policyDocument([{ Effect: "Allow", Action: ["kinesis:PutRecords"], Resource: kinesisStreamArn }]) }],
            },
        },
        {
            type: "aws:lambda/function:Function", name: "Generator", parent: null,
            inputs: { name: "GeneratorLambda-alice-7f3a", runtime: "dotnet10", role: `arn:aws:iam::${account}:role/GeneratorLambda-alice-7f3a-role` },
        },
    );
    assert.deepEqual(await review(plan, [streamReaders]), []);
    find(plan, "Generator-role").inputs.inlinePolicies.push({
        name: "read", policy: policyDocument([{ Effect: "Allow", Action: ["kinesis:GetShardIterator", "kinesis:GetRecords"], Resource: kinesisStreamArn }]),
    });
    const violations = await review(plan, [streamReaders]);
    assert.ok(violations.length >= 1);
    assert.ok(violations.every(v => v.resource === "Generator-role"));
    assert.match(violations[0].message, /Role "GeneratorLambda-alice-7f3a-role" may read the stream/);
});

test("a mapping naming its function by ARN still counts", async () => {
    const plan = goodPlan();
    find(plan, "AggregateScoresByUser-mapping").inputs.functionName =
        `arn:aws:lambda:${region}:${account}:function:AggregateScoresByUser-alice-7f3a`;
    assert.deepEqual(await review(plan, [streamReaders]), []);
    find(plan, "AggregateScoresByUser-mapping").inputs.eventSourceArn = scoresStreamArn.replace("GameScoreRecords", "Other");
    assert.equal((await review(plan, [streamReaders])).length, 1);
});

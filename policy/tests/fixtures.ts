// A small plan in the shape `lab plan` writes, modelled on the gameScores and kinesis labs: every
// resource as the stack should declare it, so each test breaks exactly one thing.
import type { LabPolicy } from "../src/policies";
import { reviewPlan, ReviewConfig, Violation } from "../src/evaluate";
import { parsePlan } from "../src/plan";

export const account = "123456789012";
export const region = "us-east-1";
const student = "alice";

export interface TestResource {
    type: string;
    name: string;
    parent: string | null;
    inputs: Record<string, any>;
    options?: Record<string, unknown>;
}

export interface TestPlan {
    resources: TestResource[];
    outputs: Record<string, unknown>;
}

export function tags(lab: string): Record<string, string> {
    return { student, lab, stack: "dev", expiry: "20261128T180000Z" };
}

export const scoresStreamArn =
    `arn:aws:dynamodb:${region}:${account}:table/GameScoreRecords-alice-7f3a/stream/2026-11-21T10:00:00.000`;
export const kinesisStreamArn = `arn:aws:kinesis:${region}:${account}:stream/Lab-Stream-alice-7f3a`;

export function policyDocument(statements: object[]): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

function logStatement(fn: string) {
    return {
        Effect: "Allow",
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: `arn:aws:logs:${region}:${account}:log-group:/aws/lambda/${fn}:*`,
    };
}

/** One function with its role, role policy, log group and (optionally) an event source mapping. */
function functionResources(lab: string, logical: string, fn: string, policy: object[], source?: string): TestResource[] {
    const role = `${fn}-role`;
    const resources: TestResource[] = [
        {
            type: "aws:iam/role:Role", name: `${logical}-role`, parent: lab,
            inputs: {
                name: role,
                assumeRolePolicy: policyDocument([{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }]),
                tags: tags(lab),
            },
        },
        {
            type: "aws:iam/rolePolicy:RolePolicy", name: `${logical}-policy`, parent: lab,
            inputs: { name: `${fn}-policy`, role, policy: policyDocument([...policy, logStatement(fn)]) },
        },
        {
            type: "aws:cloudwatch/logGroup:LogGroup", name: `${logical}-logs`, parent: lab,
            inputs: { name: `/aws/lambda/${fn}`, retentionInDays: 7, tags: tags(lab) },
        },
        {
            type: "aws:lambda/function:Function", name: logical, parent: lab,
            inputs: {
                name: fn, runtime: "dotnet10", architectures: ["arm64"], handler: "Lab.Functions::Handler::Handle",
                role: `arn:aws:iam::${account}:role/${role}`, timeout: 30, tags: tags(lab),
            },
            options: { dependsOn: [`${logical}-policy`] },
        },
    ];
    if (source !== undefined) {
        resources.push({
            type: "aws:lambda/eventSourceMapping:EventSourceMapping", name: `${logical}-mapping`, parent: lab,
            inputs: { eventSourceArn: source, functionName: fn, startingPosition: "LATEST", batchSize: 100, tags: tags(lab) },
            options: { dependsOn: [`${logical}-policy`] },
        });
    }
    return resources;
}

export function goodPlan(): TestPlan {
    const scores = "GameScoreRecords-alice-7f3a";
    const byUser = "GameScoresByUser-alice-7f3a";
    const aggregate = "AggregateScoresByUser-alice-7f3a";
    const processor = "ProcessKinesisRecords-alice-7f3a";
    const kinesis = "Lab-Stream-alice-7f3a";
    return {
        resources: [
            { type: "lab:index:GameScoresLab", name: "gameScores", parent: null, inputs: {} },
            { type: "lab:index:KinesisLab", name: "kinesis", parent: null, inputs: {} },
            {
                type: "aws:dynamodb/table:Table", name: "GameScoreRecords", parent: "gameScores",
                inputs: {
                    name: scores, billingMode: "PAY_PER_REQUEST", hashKey: "RecordID",
                    attributes: [{ name: "RecordID", type: "N" }], streamEnabled: true, streamViewType: "NEW_IMAGE",
                    tags: tags("gameScores"),
                },
            },
            {
                type: "aws:dynamodb/table:Table", name: "GameScoresByUser", parent: "gameScores",
                inputs: {
                    name: byUser, billingMode: "PROVISIONED", readCapacity: 5, writeCapacity: 5, hashKey: "Username",
                    attributes: [{ name: "Username", type: "S" }], tags: tags("gameScores"),
                },
            },
            ...functionResources("gameScores", "AggregateScoresByUser", aggregate, [
                {
                    Sid: "ReadScoreStream", Effect: "Allow",
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"],
                    Resource: `arn:aws:dynamodb:${region}:${account}:table/${scores}/stream/*`,
                },
                { Sid: "AddScores", Effect: "Allow", Action: ["dynamodb:UpdateItem"], Resource: `arn:aws:dynamodb:${region}:${account}:table/${byUser}` },
            ], scoresStreamArn),
            {
                type: "aws:kinesis/stream:Stream", name: "Lab-Stream", parent: "kinesis",
                inputs: { name: kinesis, shardCount: 1, retentionPeriod: 24, streamModeDetails: { streamMode: "PROVISIONED" }, tags: tags("kinesis") },
            },
            ...functionResources("kinesis", "ProcessKinesisRecords", processor, [
                {
                    Effect: "Allow",
                    Action: ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards"],
                    Resource: kinesisStreamArn,
                },
            ], kinesisStreamArn),
        ],
        outputs: { student: "alice", region },
    };
}

export function find(plan: TestPlan, name: string): TestResource {
    const resource = plan.resources.find(r => r.name === name);
    if (resource === undefined) {
        throw new Error(`fixture has no resource "${name}"`);
    }
    return resource;
}

/** Runs policies over a test plan through the same parser and evaluator as the runner. */
export async function review(plan: TestPlan, policies: LabPolicy[], config: ReviewConfig = {}): Promise<Violation[]> {
    return reviewPlan(parsePlan(JSON.stringify(plan), "test plan"), policies, config);
}

// The pack's entry point under the protocol the Pulumi engine speaks: start dist/src/index.js as
// `pulumi preview --policy-pack policy` does (cwd = the pack, the analyzer prints its port), then
// call it over gRPC with the engine's own proto definitions from @pulumi/pulumi.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { labPolicies } from "../src/policies";

// @grpc/grpc-js and google-protobuf are the policy SDK's own dependencies: resolve them from it.
const policySdkDir = dirname(require.resolve("@pulumi/policy"));
const load = (module: string) => require(require.resolve(module, { paths: [policySdkDir] }));
const grpc = load("@grpc/grpc-js");
const analyzerRpc = load("@pulumi/pulumi/proto/analyzer_grpc_pb");
const analyzerPb = load("@pulumi/pulumi/proto/analyzer_pb");
const structPb = load("google-protobuf/google/protobuf/struct_pb");
const emptyPb = load("google-protobuf/google/protobuf/empty_pb");

const packDir = join(__dirname, "..", "..");
const mandatory = 1; // EnforcementLevel.MANDATORY in analyzer.proto
let pack: ChildProcess;
let client: any;

before(async () => {
    pack = spawn(process.execPath, [join(packDir, "dist", "src", "index.js")], { cwd: packDir, stdio: ["ignore", "pipe", "pipe"] });
    const port = await new Promise<string>((resolve, reject) => {
        let stderr = "";
        pack.stderr!.on("data", chunk => { stderr += chunk; });
        pack.stdout!.once("data", chunk => resolve(String(chunk).trim().split("\n")[0]));
        pack.once("exit", code => reject(new Error(`the pack exited with ${code} before printing its port: ${stderr}`)));
    });
    client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
});

after(() => {
    client?.close();
    pack?.kill();
});

function call<T>(method: string, request: unknown): Promise<T> {
    return new Promise((resolve, reject) => client[method](request, (err: Error | null, response: T) => (err ? reject(err) : resolve(response))));
}

test("the engine sees every policy of the pack, mandatory, with its config schema", async () => {
    const info: any = await call("getAnalyzerInfo", new emptyPb.Empty());
    const policies = info.getPoliciesList().map((p: any) => [p.getName(), p.getEnforcementlevel()]);
    assert.deepEqual(policies, labPolicies.map(p => [p.name, mandatory]));
    const budget = info.getPoliciesList().find((p: any) => p.getName() === "provisioned-capacity-budget");
    assert.equal(budget.getConfigschema().getProperties().toJavaScript().maxReadCapacityUnits.default, 10000);
});

test("the engine's analyze call reports a protected, deletion-protected table", async () => {
    const request = new analyzerPb.AnalyzeRequest();
    request.setType("aws:dynamodb/table:Table");
    request.setName("Scores");
    request.setUrn("urn:pulumi:dev::lab::aws:dynamodb/table:Table::Scores");
    request.setProperties(structPb.Struct.fromJavaScript({
        name: "Scores-alice-7f3a", billingMode: "PAY_PER_REQUEST", deletionProtectionEnabled: true,
        tags: { student: "alice", expiry: "20261128T180000Z" },
    }));
    const options = new analyzerPb.AnalyzerResourceOptions();
    options.setProtect(true);
    request.setOptions(options);
    const response: any = await call("analyze", request);
    const diagnostics = response.getDiagnosticsList().map((d: any) => [d.getPolicyname(), d.getEnforcementlevel(), d.getMessage().split("\n").pop()]);
    assert.deepEqual(diagnostics, [
        ["nothing-survives-destroy", mandatory, "The resource is protected (protect: true): `pulumi destroy` stops on it; remove the option."],
        ["nothing-survives-destroy", mandatory, "deletionProtectionEnabled is true: DynamoDB refuses to delete the table; set it to false or leave it unset."],
    ]);
});

using System.Collections.Immutable;
using Pulumi;
using Pulumi.Utilities;

namespace Lab.Offline.Tests;

public class InvokeTests
{
    private const string Token = "test:index/getAccount:getAccount";

    public sealed class GetAccountArgs : InvokeArgs
    {
        [Input("region")]
        public string? Region { get; set; }
    }

    public sealed class GetAccountInvokeArgs : InvokeArgs
    {
        [Input("region")]
        public Input<string>? Region { get; set; }
    }

    [OutputType]
    public sealed class GetAccountResult
    {
        public readonly string AccountId;
        public readonly int Limit;

        [OutputConstructor]
        private GetAccountResult(string accountId, int limit)
        {
            AccountId = accountId;
            Limit = limit;
        }
    }

    private static RecordingMocks Mocks() => new()
    {
        CallResult = call => new Dictionary<string, object> { ["accountId"] = "123456789012", ["limit"] = 50 },
    };

    [Fact]
    public async Task InvokeAsync_sends_token_and_args_by_wire_name_and_converts_the_result()
    {
        var mocks = Mocks();
        GetAccountResult? result = null;

        await Deployment.TestAsync(mocks, Run.Preview, async () =>
        {
            result = await Deployment.Instance.InvokeAsync<GetAccountResult>(Token, new GetAccountArgs { Region = "eu-west-1" });
        });

        var call = Assert.Single(mocks.Calls);
        Assert.Equal(Token, call.Token);
        Assert.Equal("eu-west-1", call.Args["region"]);
        Assert.Equal(("123456789012", 50), (result!.AccountId, result.Limit));
    }

    [Fact]
    public async Task Invoke_with_an_unknown_argument_in_a_preview_is_unknown_and_does_not_call_the_mock()
    {
        var mocks = Mocks();
        Output<GetAccountResult>? known = null, unknown = null;

        await Deployment.TestAsync(mocks, Run.Preview, () =>
        {
            known = Deployment.Instance.Invoke<GetAccountResult>(Token, new GetAccountInvokeArgs { Region = Output.Create("eu-west-1") });
            unknown = Deployment.Instance.Invoke<GetAccountResult>(Token, new GetAccountInvokeArgs { Region = OutputUtilities.CreateUnknown("x") });
        });

        Assert.Single(mocks.Calls);
        Assert.Equal("123456789012", (await OutputUtilities.GetValueAsync(known!)).AccountId);
        Assert.False(await OutputUtilities.GetIsKnownAsync(unknown!));
    }

    // Real SDK (Serialization/Converter.cs, v3.90.0): a wrongly typed field only warns and takes its default; the
    // other fields convert; a missing field takes its default too.
    [Fact]
    public async Task A_wrongly_typed_or_missing_field_takes_its_default_and_the_others_convert()
    {
        var mocks = new RecordingMocks { CallResult = _ => ImmutableDictionary<string, object>.Empty.Add("accountId", 12).Add("limit", 50.7) };
        GetAccountResult? result = null;

        await Deployment.TestAsync(mocks, Run.Preview, async () =>
        {
            result = await Deployment.Instance.InvokeAsync<GetAccountResult>(Token, InvokeArgs.Empty);
        });

        Assert.Null(result!.AccountId);
        Assert.Equal(50, result.Limit);  // a double becomes an int by truncation

        mocks.CallResult = _ => ImmutableDictionary<string, object>.Empty.Add("accountId", "123456789012");
        await Deployment.TestAsync(mocks, Run.Preview, async () =>
        {
            result = await Deployment.Instance.InvokeAsync<GetAccountResult>(Token, InvokeArgs.Empty);
        });
        Assert.Equal(("123456789012", 0), (result!.AccountId, result.Limit));
    }

    // Real SDK (Deployment_Invoke.cs): the output form's result is secret only if the provider's result is.
    [Fact]
    public async Task A_secret_argument_does_not_make_the_invoke_result_secret()
    {
        var mocks = Mocks();
        Output<GetAccountResult>? result = null;

        await Deployment.TestAsync(mocks, Run.Update, () =>
        {
            result = Deployment.Instance.Invoke<GetAccountResult>(Token, new GetAccountInvokeArgs { Region = Output.CreateSecret("eu-west-1") });
        });

        Assert.False(await Output.IsSecretAsync(result!));
        Assert.Equal("123456789012", (await OutputUtilities.GetValueAsync(result!)).AccountId);
    }
}

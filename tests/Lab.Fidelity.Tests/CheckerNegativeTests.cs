using System.Collections.Immutable;
using Pulumi;

namespace Lab.Fidelity.Tests
{
    /// <summary>The checker must catch what it exists to catch: each test-local type below has one planted mistake.</summary>
    public sealed class CheckerNegativeTests
    {
        private static readonly Lazy<AwsSchema> Schema = new(() => new AwsSchema(RepoRoot.Path));
        private static FacadeChecker Checker => new(Schema.Value);

        private static IReadOnlyDictionary<string, TsMember>? TableArgsSchema => Schema.Value.Interface("dynamodb", "table", "TableArgs");

        [Fact]
        public void Correct_local_args_pass()
        {
            Assert.Empty(Checker.CheckInputs(typeof(Planted.GoodTableArgs), TableArgsSchema, "TableArgs"));
        }

        [Fact]
        public void Wrong_input_wire_name_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.MisspelledTableArgs), TableArgsSchema, "TableArgs");
            Assert.Contains(errors, e => e.Contains("\"hashkey\"") && e.Contains("is not a property"));
        }

        [Fact]
        public void Wrong_required_flag_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.RequiredNameTableArgs), TableArgsSchema, "TableArgs");
            Assert.Contains(errors, e => e.Contains("required=True") && e.Contains("'name' optional"));
        }

        [Fact]
        public void Wrong_shape_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.ScalarAttributesTableArgs), TableArgsSchema, "TableArgs");
            Assert.Contains(errors, e => e.Contains("C# shape string") && e.Contains("array<ref:TableAttribute>"));
        }

        [Fact]
        public void Wrong_output_constructor_name_is_caught()
        {
            var schema = Schema.Value.NestedType(input: false, "dynamodb", "TableAttribute");
            var errors = Checker.CheckOutputType(typeof(Planted.TableAttributeWithKind), schema, "output TableAttribute");
            Assert.Contains(errors, e => e.Contains("'kind' is not a property"));
        }

        [Fact]
        public void Wrong_nullability_is_caught()
        {
            var schema = Schema.Value.NestedType(input: false, "dynamodb", "TableAttribute");
            var errors = Checker.CheckOutputType(typeof(Planted.TableAttributeWithOptionalName), schema, "output TableAttribute");
            Assert.Contains(errors, e => e.Contains("C# nullable") && e.Contains("'name' is always present"));
        }

        [Fact]
        public void Wrong_resource_token_and_output_are_caught()
        {
            var errors = Checker.CheckResource(typeof(Planted.Table));
            Assert.Contains(errors, e => e.Contains("__pulumiType 'aws:dynamodb/table:Table'"));
            Assert.Contains(errors, e => e.Contains("[Output(\"streamArnn\")]"));
        }

        [Fact]
        public void Unclassifiable_public_type_is_reported()
        {
            Assert.Contains(Checker.Check(typeof(Planted.GoodTableArgs)), e => e.Contains("cannot be checked"));
        }
    }
}

namespace Lab.Fidelity.Tests.Planted
{
    public sealed class GoodTableArgs : ResourceArgs
    {
        [Input("hashKey")]
        public Input<string>? HashKey { get; set; }
    }

    public sealed class MisspelledTableArgs : ResourceArgs
    {
        [Input("hashkey")]
        public Input<string>? Hashkey { get; set; }
    }

    public sealed class RequiredNameTableArgs : ResourceArgs
    {
        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;
    }

    public sealed class ScalarAttributesTableArgs : ResourceArgs
    {
        [Input("attributes")]
        public Input<string>? Attributes { get; set; }
    }

    [OutputType]
    public sealed class TableAttributeWithKind
    {
        public readonly string Name;
        public readonly string Kind;

        [OutputConstructor]
        private TableAttributeWithKind(string name, string kind)
        {
            Name = name;
            Kind = kind;
        }
    }

    [OutputType]
    public sealed class TableAttributeWithOptionalName
    {
        public readonly string? Name;
        public readonly string Type;

        [OutputConstructor]
        private TableAttributeWithOptionalName(string? name, string type)
        {
            Name = name;
            Type = type;
        }
    }

    /// <summary>Declares the wrong token (Tables) and a misspelled output; never constructed.</summary>
    [ResourceType("aws:dynamodb/table:Tables", null)]
    public sealed class Table : CustomResource
    {
        [Output("streamArnn")]
        public Output<string> StreamArnn { get; private set; } = null!;

        private Table(string name) : base("aws:dynamodb/table:Tables", name, null, null)
        {
        }
    }
}

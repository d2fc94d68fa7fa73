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
            Assert.Empty(Checker.CheckInputs(typeof(Planted.GoodTableArgs), TableArgsSchema, "TableArgs", Position.Input));
        }

        [Fact]
        public void Wrong_input_wire_name_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.MisspelledTableArgs), TableArgsSchema, "TableArgs", Position.Input);
            Assert.Contains(errors, e => e.Contains("\"hashkey\"") && e.Contains("is not a property"));
        }

        [Fact]
        public void Wrong_required_flag_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.RequiredNameTableArgs), TableArgsSchema, "TableArgs", Position.Input);
            Assert.Contains(errors, e => e.Contains("required=True") && e.Contains("'name' optional"));
        }

        [Fact]
        public void Wrong_shape_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.ScalarAttributesTableArgs), TableArgsSchema, "TableArgs", Position.Input);
            Assert.Contains(errors, e => e.Contains("C# type Input<string>") && e.Contains("is InputList<in:TableAttribute>"));
        }

        [Fact]
        public void Wrong_output_constructor_name_is_caught()
        {
            var schema = Schema.Value.NestedType(input: false, "dynamodb", "TableAttribute");
            var errors = Checker.CheckOutputType(typeof(Planted.TableAttributeWithKind), schema, "output TableAttribute");
            Assert.Contains(errors, e => e.Contains("'kind' is not a property"));
        }

        [Fact]
        public void A_non_nullable_field_the_schema_marks_optional_is_caught()
        {
            var schema = Schema.Value.NestedType(input: false, "dynamodb", "TableTtl");
            var errors = Checker.CheckOutputType(typeof(Planted.TableTtl), schema, "output TableTtl");
            Assert.Contains(errors, e => e.Contains("C# non-nullable") && e.Contains("'attributeName' is optional"));
        }

        [Fact]
        public void A_nullable_field_the_schema_marks_present_is_accepted_as_the_CSharp_generator_emits_it()
        {
            // Real Pulumi.Aws 7.48.0: TableServerSideEncryption.KmsKeyArn is string? though the .d.ts output is required.
            var schema = Schema.Value.NestedType(input: false, "dynamodb", "TableServerSideEncryption");
            Assert.Empty(Checker.CheckOutputType(typeof(Pulumi.Aws.DynamoDB.Outputs.TableServerSideEncryption), schema, "output TableServerSideEncryption"));
        }

        [Fact]
        public void A_plain_string_where_the_schema_has_a_string_or_policy_document_union_is_caught()
        {
            var errors = Checker.CheckInputs(typeof(Planted.RoleArgs), Schema.Value.Interface("iam", "role", "RoleArgs"), "RoleArgs", Position.Input);
            Assert.Contains(errors, e => e.Contains("C# type Input<string>") && e.Contains("is InputUnion<string, in:PolicyDocument>"));
        }

        [Fact]
        public void A_nullable_resource_output_the_schema_marks_present_is_caught()
        {
            var errors = Checker.CheckResource(typeof(Planted.Table));
            Assert.Contains(errors, e => e.Contains("Planted.Table.Name: C# nullable") && e.Contains("'name' is always present"));
        }

        [Fact]
        public void The_generators_GetArgs_and_State_classes_are_checked_like_args()
        {
            Assert.Empty(Checker.CheckInputs(typeof(Planted.Inputs.TableTtlGetArgs), Schema.Value.NestedType(input: true, "dynamodb", "TableTtl"), "TableTtl", Position.Input));
            Assert.Empty(Checker.CheckInputs(typeof(Planted.TableState), Schema.Value.Interface("dynamodb", "table", "TableState"), "TableState", Position.Input));
            var errors = Checker.CheckInputs(typeof(Planted.TableState), Schema.Value.Interface("dynamodb", "table", "TableArgs"), "TableArgs", Position.Input);
            Assert.Contains(errors, e => e.Contains("\"arn\"") && e.Contains("is not a property"));
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

    [OutputType]
    public sealed class TableTtl
    {
        public readonly string AttributeName;
        public readonly bool? Enabled;

        [OutputConstructor]
        private TableTtl(string attributeName, bool? enabled)
        {
            AttributeName = attributeName;
            Enabled = enabled;
        }
    }

    public sealed class RoleArgs : ResourceArgs
    {
        [Input("assumeRolePolicy", required: true)]
        public Input<string> AssumeRolePolicy { get; set; } = null!;
    }

    public sealed class TableState : ResourceArgs
    {
        [Input("arn")]
        public Input<string>? Arn { get; set; }

        [Input("attributes")]
        private InputList<Inputs.TableAttributeGetArgs>? _attributes;
        public InputList<Inputs.TableAttributeGetArgs> Attributes
        {
            get => _attributes ??= new InputList<Inputs.TableAttributeGetArgs>();
            set => _attributes = value;
        }
    }

    /// <summary>Declares the wrong token (Tables), a misspelled output and a nullable required one; never constructed.</summary>
    [ResourceType("aws:dynamodb/table:Tables", null)]
    public sealed class Table : CustomResource
    {
        [Output("streamArnn")]
        public Output<string> StreamArnn { get; private set; } = null!;

        [Output("name")]
        public Output<string?> Name { get; private set; } = null!;

        private Table(string name) : base("aws:dynamodb/table:Tables", name, null, null)
        {
        }
    }

}

namespace Lab.Fidelity.Tests.Planted.Inputs
{
    public sealed class TableTtlGetArgs : ResourceArgs
    {
        [Input("attributeName")]
        public Input<string>? AttributeName { get; set; }

        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }
    }

    public sealed class TableAttributeGetArgs : ResourceArgs
    {
        [Input("name", required: true)]
        public Input<string> Name { get; set; } = null!;

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;
    }
}

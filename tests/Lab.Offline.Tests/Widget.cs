using Pulumi.Serialization;
using System.Collections.Immutable;
using Pulumi;

namespace Lab.Offline.Tests;

/// <summary>A made-up resource shaped exactly like Pulumi's generated provider code.</summary>
[ResourceType("test:index/widget:Widget", "1.2.3")]
public class Widget : CustomResource
{
    public const string Token = "test:index/widget:Widget";

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("hashKey")]
    public Output<string> HashKey { get; private set; } = null!;

    [Output("readCapacity")]
    public Output<int?> ReadCapacity { get; private set; } = null!;

    [Output("streamEnabled")]
    public Output<bool?> StreamEnabled { get; private set; } = null!;

    [Output("attributes")]
    public Output<ImmutableArray<WidgetAttribute>> Attributes { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

    public Widget(string name, WidgetArgs args, CustomResourceOptions? options = null)
        : base(Token, name, args, MakeResourceOptions(options, ""))
    {
    }

    private Widget(string name, Input<string> id, CustomResourceOptions? options = null)
        : base(Token, name, null, MakeResourceOptions(options, id))
    {
    }

    /// <summary>Reads an existing widget, as generated <c>Get</c> methods do.</summary>
    public static Widget Get(string name, Input<string> id, CustomResourceOptions? options = null)
        => new Widget(name, id, options);

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions { Version = "1.2.3" };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }
}

public sealed class WidgetArgs : ResourceArgs
{
    [Input("hashKey", required: true)]
    public Input<string> HashKey { get; set; } = null!;

    [Input("readCapacity")]
    public Input<int>? ReadCapacity { get; set; }

    [Input("billingMode")]
    public Input<string>? BillingMode { get; set; }

    [Input("streamEnabled")]
    public Input<bool>? StreamEnabled { get; set; }

    [Input("attributes")]
    private InputList<WidgetAttributeArgs>? _attributes;

    public InputList<WidgetAttributeArgs> Attributes
    {
        get => _attributes ??= new InputList<WidgetAttributeArgs>();
        set => _attributes = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ??= new InputMap<string>();
        set => _tags = value;
    }

    [Input("settings", json: true)]
    private InputMap<object>? _settings;

    public InputMap<object> Settings
    {
        get => _settings ??= new InputMap<object>();
        set => _settings = value;
    }

    [Input("code")]
    public Input<Archive>? Code { get; set; }

    [Input("peer")]
    public Input<string>? Peer { get; set; }
}

public sealed class WidgetAttributeArgs : ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;
}

[OutputType]
public sealed class WidgetAttribute
{
    public readonly string Name;
    public readonly string Type;

    [OutputConstructor]
    private WidgetAttribute(string name, string type)
    {
        Name = name;
        Type = type;
    }
}

/// <summary>A component that creates one widget under itself, like the lab components.</summary>
public sealed class WidgetGroup : ComponentResource
{
    public const string Token = "test:lab:WidgetGroup";

    public WidgetGroup(string name, ComponentResourceOptions? options = null)
        : base(Token, name, options)
    {
        Member = new Widget($"{name}-member", new WidgetArgs { HashKey = "pk" }, new CustomResourceOptions { Parent = this });
        MemberArn = Member.Arn;
        RegisterOutputs();
    }

    public Widget Member { get; }

    [Output("memberArn")]
    public Output<string> MemberArn { get; private set; }
}

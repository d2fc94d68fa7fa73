using System.Collections.Immutable;
using Pulumi;

namespace Lab.Infra.Building;

/// <summary>
/// The base of every lab's ComponentResource. Its children are declared through <see cref="Adopt{T}"/>
/// so the program can tell, without the engine, which lab declared a resource (the plan's "parent").
/// </summary>
public abstract class LabComponent : ComponentResource
{
    private readonly List<Resource> _children = [];

    protected LabComponent(string type, string lab, ComponentResourceOptions? options)
        : base(type, lab, options)
    {
        Lab = lab;
    }

    /// <summary>The lab's name as config, tags and outputs use it.</summary>
    public string Lab { get; }

    public IReadOnlyList<Resource> Children => _children;

    public abstract LabOutputs Inventory { get; }
    public abstract Output<ImmutableDictionary<string, object>> Outputs { get; }

    /// <summary>Options for a child of this lab that waits for <paramref name="dependsOn"/>.</summary>
    public CustomResourceOptions ChildOptions(params Resource[] dependsOn)
    {
        var options = new CustomResourceOptions { Parent = this };
        foreach (var dependency in dependsOn) options.DependsOn.Add(dependency);
        return options;
    }

    public T Adopt<T>(T child) where T : Resource
    {
        _children.Add(child);
        return child;
    }
}

using System.Collections.Immutable;
using Pulumi;

namespace Lab.Infra.Building;

/// <summary>
/// The base of every lab's ComponentResource. Its children are declared through <see cref="Declare{T}"/>
/// so the program can tell, without the engine, which lab declared a resource and what it waits for
/// (the plan's "parent" and "dependsOn": Pulumi's mocks report neither).
/// </summary>
public abstract class LabComponent : ComponentResource
{
    private readonly List<Resource> _children = [];
    private readonly Dictionary<Resource, IReadOnlyList<Resource>> _dependsOn = new(ReferenceEqualityComparer.Instance);

    protected LabComponent(string type, string lab, ComponentResourceOptions? options)
        : base(type, lab, options)
    {
        Lab = lab;
    }

    /// <summary>The lab's name as config, tags and outputs use it.</summary>
    public string Lab { get; }

    public IReadOnlyList<Resource> Children => _children;

    /// <summary>What each child was declared to wait for (its DependsOn option).</summary>
    public IReadOnlyList<Resource> DependenciesOf(Resource child) => _dependsOn.GetValueOrDefault(child) ?? [];

    public abstract LabOutputs Inventory { get; }
    public abstract Output<ImmutableDictionary<string, object>> Outputs { get; }

    /// <summary>Declares a child of this lab that waits for <paramref name="dependsOn"/>.</summary>
    /// <param name="create">Creates the resource with the options it is given.</param>
    public T Declare<T>(Func<CustomResourceOptions, T> create, params Resource[] dependsOn) where T : Resource
    {
        var options = new CustomResourceOptions { Parent = this };
        foreach (var dependency in dependsOn) options.DependsOn.Add(dependency);
        var child = create(options);
        _children.Add(child);
        _dependsOn[child] = dependsOn;
        return child;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>An archive built from named assets and archives.</summary>
    public sealed class AssetArchive : Archive
    {
        public AssetArchive(IDictionary<string, AssetOrArchive> assets)
            : base("assets", assets.ToImmutableDictionary())
        {
        }
    }
}

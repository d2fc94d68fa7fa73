namespace Pulumi
{
    /// <summary>Base of assets and archives: a special value the engine treats as file content.</summary>
    public abstract class AssetOrArchive
    {
        private protected AssetOrArchive(string sigKey, string propName, object value)
        {
            SigKey = sigKey;
            PropName = propName;
            Value = value;
        }

        /// <summary>The signature the wire format tags this value with.</summary>
        internal string SigKey { get; }

        /// <summary>The wire property that carries the value: path, uri, text or assets.</summary>
        internal string PropName { get; }

        internal object Value { get; }
    }
}

namespace Pulumi
{
    /// <summary>The wire signatures of assets and archives (the same strings the engine uses).</summary>
    internal static class AssetSignatures
    {
        public const string Asset = "c44067f5952c0a294b673a41bacd8c17";
        public const string Archive = "0def7320c3a5731c473e5ecbe6d01bc7";
    }
}

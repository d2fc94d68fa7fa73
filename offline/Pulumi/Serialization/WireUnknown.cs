namespace Pulumi.Serialization
{
    /// <summary>The wire form of a value that is not known yet (a preview of an unreported output).</summary>
    internal sealed class WireUnknown
    {
        public static readonly WireUnknown Instance = new WireUnknown();

        private WireUnknown()
        {
        }

        public override string ToString() => "<unknown>";
    }
}

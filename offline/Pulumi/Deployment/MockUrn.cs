using System.Linq;

namespace Pulumi
{
    /// <summary>
    /// URNs as the real mock monitor builds them: urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;type&gt;::&lt;name&gt;,
    /// where a resource with a parent gets the parent's root type prefixed ("pulumi:pulumi:Stack$aws:...").
    /// Note the real mock keeps only the first segment of the parent's qualified type, so a child of a
    /// component that is itself a child of the stack is still qualified by the stack's type.
    /// </summary>
    internal static class MockUrn
    {
        public static string Create(string parentUrn, string type, string name, OfflineDeployment deployment)
        {
            if (!string.IsNullOrEmpty(parentUrn))
            {
                var qualifiedType = parentUrn.Split("::")[2];
                var parentType = qualifiedType.Split('$').First();
                type = parentType + "$" + type;
            }

            return "urn:pulumi:" + string.Join("::", deployment.StackName, deployment.ProjectName, type, name);
        }
    }
}

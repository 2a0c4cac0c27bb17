package dev.ringzero.kernel.ob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.DataStackAccess;
import dev.ringzero.kernel.abi.DirectoryAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import org.junit.jupiter.api.Test;

/** The object namespace: standard directories, sessions, Global\ and Local\, names and their lifetime. */
class NamespaceTest {
    final Kernel kernel = Kernel.embedded();
    final ObjectManager ob = kernel.objectManager();
    final KernelProcess session1 = kernel.attach(new Caller(10, 1000, 1000, 1));
    final KernelProcess session2 = kernel.attach(new Caller(20, 1000, 1000, 2));
    final KernelProcess service = kernel.attach(new Caller(30, 0, 0, 0));

    int createStack(KernelProcess p, String name, int root) {
        return kernel.dataStacks().create(p, new ObjectAttributes(name, root, 0, null), 0, 0, 0).handle();
    }

    int sessionRoot(KernelProcess p) {
        return kernel.objects().openDirectory(p, DirectoryAccess.QUERY | DirectoryAccess.TRAVERSE,
                ObjectAttributes.absolute(ob.sessionDirectoryPath(p.caller().session()), 0));
    }

    NtStatus statusOf(Runnable call) {
        try {
            call.run();
            return NtStatus.SUCCESS;
        } catch (NtStatusException e) {
            return e.status();
        }
    }

    @Test
    void theStandardDirectoriesExist() {
        assertThat(ob.list("\\")).extracting(DirectoryEntry::name)
                .contains("BaseNamedObjects", "Sessions", "ObjectTypes", "Device", "??");
    }

    @Test
    void objectTypesAreObjectsInTheObjectTypesDirectory() {
        assertThat(ob.list("\\ObjectTypes")).extracting(DirectoryEntry::name, DirectoryEntry::typeName)
                .contains(org.assertj.core.groups.Tuple.tuple("DataStack", "Type"),
                        org.assertj.core.groups.Tuple.tuple("Event", "Type"),
                        org.assertj.core.groups.Tuple.tuple("Directory", "Type"),
                        org.assertj.core.groups.Tuple.tuple("Type", "Type"));
    }

    @Test
    void aTypeNameCanBeRegisteredOnlyOnce() {
        assertThat(statusOf(() -> ob.createType("datastack", kernel.dataStacks().type().initializer())))
                .isEqualTo(NtStatus.OBJECT_NAME_COLLISION);
    }

    @Test
    void sessionZeroUsesBaseNamedObjects() {
        assertThat(ob.sessionDirectoryPath(0)).isEqualTo("\\BaseNamedObjects");
    }

    @Test
    void otherSessionsUseTheirOwnDirectory() {
        assertThat(ob.sessionDirectoryPath(1)).isEqualTo("\\Sessions\\1\\BaseNamedObjects");
        assertThat(ob.exists("\\Sessions\\1\\BaseNamedObjects")).isTrue();
    }

    @Test
    void aLocalNameIsPrivateToItsSession() {
        createStack(session1, "Stack", sessionRoot(session1));
        assertThat(ob.exists("\\Sessions\\1\\BaseNamedObjects\\Stack")).isTrue();
        assertThat(statusOf(() -> kernel.dataStacks().open(session2, DataStackAccess.QUERY,
                new ObjectAttributes("Stack", sessionRoot(session2), 0, null)))).isEqualTo(NtStatus.OBJECT_NAME_NOT_FOUND);
    }

    @Test
    void theGlobalPrefixReachesBaseNamedObjectsFromEverySession() {
        createStack(session1, "Global\\Shared", sessionRoot(session1));
        assertThat(ob.exists("\\BaseNamedObjects\\Shared")).isTrue();
        int h = kernel.dataStacks().open(session2, DataStackAccess.QUERY,
                new ObjectAttributes("Global\\Shared", sessionRoot(session2), 0, null));
        assertThat(h).isPositive();
    }

    @Test
    void theLocalPrefixStaysInTheSession() {
        createStack(session1, "Local\\Mine", sessionRoot(session1));
        assertThat(ob.exists("\\Sessions\\1\\BaseNamedObjects\\Mine")).isTrue();
    }

    @Test
    void inSessionZeroGlobalAndLocalAreBothBaseNamedObjects() {
        createStack(service, "Local\\A", sessionRoot(service));
        createStack(service, "Global\\B", sessionRoot(service));
        assertThat(ob.exists("\\BaseNamedObjects\\A")).isTrue();
        assertThat(ob.exists("\\BaseNamedObjects\\B")).isTrue();
    }

    @Test
    void namesAreCaseInsensitiveAndKeepTheirCase() {
        createStack(session1, "\\BaseNamedObjects\\MixedCase", 0);
        assertThat(ob.exists("\\BASENAMEDOBJECTS\\mixedcase")).isTrue();
        assertThat(ob.list("\\BaseNamedObjects")).extracting(DirectoryEntry::name).contains("MixedCase");
    }

    @Test
    void aNamedObjectLeavesTheNamespaceWithItsLastHandle() {
        int a = createStack(session1, "\\BaseNamedObjects\\Brief", 0);
        int b = kernel.dataStacks().open(session2, DataStackAccess.QUERY, ObjectAttributes.absolute("\\BaseNamedObjects\\Brief", 0));
        kernel.objects().close(session1, a);
        assertThat(ob.exists("\\BaseNamedObjects\\Brief")).isTrue();
        kernel.objects().close(session2, b);
        assertThat(ob.exists("\\BaseNamedObjects\\Brief")).isFalse();
    }

    @Test
    void aPermanentObjectKeepsItsNameWithoutHandlesUntilMadeTemporary() {
        int h = kernel.dataStacks().create(service, ObjectAttributes.absolute("\\BaseNamedObjects\\Kept",
                ObjectAttributes.PERMANENT), 0, 0, 0).handle();
        kernel.objects().close(service, h);
        assertThat(ob.exists("\\BaseNamedObjects\\Kept")).isTrue();
        int again = kernel.dataStacks().open(service, DataStackAccess.ALL_ACCESS, ObjectAttributes.absolute("\\BaseNamedObjects\\Kept", 0));
        kernel.objects().makeTemporary(service, again);
        kernel.objects().close(service, again);
        assertThat(ob.exists("\\BaseNamedObjects\\Kept")).isFalse();
        assertThat(kernel.dataStacks().type().totalObjects()).isZero();
    }

    @Test
    void onlyRootMayCreatePermanentObjects() {
        assertThat(statusOf(() -> kernel.dataStacks().create(session1, ObjectAttributes.absolute("\\BaseNamedObjects\\P",
                ObjectAttributes.PERMANENT), 0, 0, 0))).isEqualTo(NtStatus.PRIVILEGE_NOT_HELD);
    }

    @Test
    void sessionDirectoriesHoldGlobalAndLocalLinks() {
        sessionRoot(session1);
        assertThat(ob.list("\\Sessions\\1\\BaseNamedObjects"))
                .extracting(DirectoryEntry::name, DirectoryEntry::typeName, DirectoryEntry::linkTarget)
                .contains(org.assertj.core.groups.Tuple.tuple("Global", "SymbolicLink", "\\BaseNamedObjects"),
                        org.assertj.core.groups.Tuple.tuple("Local", "SymbolicLink", "\\Sessions\\1\\BaseNamedObjects"));
    }

    @Test
    void openingALinkAsADirectoryFollowsIt() {
        int viaLink = kernel.objects().openDirectory(session1, DirectoryAccess.QUERY,
                ObjectAttributes.absolute("\\Sessions\\1\\BaseNamedObjects\\Global", 0));
        int direct = kernel.objects().openDirectory(session1, DirectoryAccess.QUERY,
                ObjectAttributes.absolute("\\BaseNamedObjects", 0));
        assertThat(session1.handles().get(viaLink).object()).isSameAs(session1.handles().get(direct).object());
    }

    @Test
    void openingALinkAsALinkDoesNotFollowIt() {
        int link = ob.openByName(session1, ObjectAttributes.absolute("\\BaseNamedObjects\\Local", 0),
                ob.symbolicLinkType(), 1);
        assertThat(session1.handles().get(link).object().body()).isEqualTo(new SymbolicLink("\\BaseNamedObjects"));
    }

    @Test
    void openLinkStopsAtTheLinkSoItIsNotADirectory() {
        assertThat(statusOf(() -> kernel.objects().openDirectory(session1, DirectoryAccess.QUERY,
                ObjectAttributes.absolute("\\BaseNamedObjects\\Global", ObjectAttributes.OPENLINK))))
                .isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void aRelativeNameWithoutARootIsBadSyntax() {
        assertThat(statusOf(() -> createStack(session1, "NoRoot", 0))).isEqualTo(NtStatus.OBJECT_PATH_SYNTAX_BAD);
    }

    @Test
    void anAbsoluteNameWithARootIsBadSyntax() {
        int root = sessionRoot(session1);
        assertThat(statusOf(() -> createStack(session1, "\\BaseNamedObjects\\X", root))).isEqualTo(NtStatus.OBJECT_PATH_SYNTAX_BAD);
    }

    @Test
    void aMissingDirectoryIsPathNotFound() {
        NtStatus status = statusOf(() -> createStack(session1, "\\NoSuchDir\\X", 0));
        assertThat(status).isEqualTo(NtStatus.OBJECT_PATH_NOT_FOUND);
        assertThat(status.win32Error()).isEqualTo(3);
    }

    @Test
    void anEmptyComponentIsAnInvalidName() {
        assertThat(statusOf(() -> createStack(session1, "\\BaseNamedObjects\\\\X", 0))).isEqualTo(NtStatus.OBJECT_NAME_INVALID);
        assertThat(statusOf(() -> createStack(session1, "\\BaseNamedObjects\\X\\", 0))).isEqualTo(NtStatus.OBJECT_NAME_INVALID);
    }

    @Test
    void anObjectIsNotADirectory() {
        createStack(session1, "\\BaseNamedObjects\\Leaf", 0);
        assertThat(statusOf(() -> createStack(session1, "\\BaseNamedObjects\\Leaf\\Child", 0)))
                .isEqualTo(NtStatus.OBJECT_PATH_NOT_FOUND);
    }

    @Test
    void aDirectoryHandleOfAnotherTypeIsATypeMismatch() {
        int stack = createStack(session1, "\\BaseNamedObjects\\NotDir", 0);
        assertThat(statusOf(() -> createStack(session1, "X", stack))).isEqualTo(NtStatus.OBJECT_TYPE_MISMATCH);
    }

    @Test
    void unknownAttributeFlagsAreInvalid() {
        assertThatThrownBy(() -> kernel.dataStacks().create(session1, new ObjectAttributes("\\BaseNamedObjects\\F", 0, 0x8000, null), 0, 0, 0))
                .isInstanceOf(NtStatusException.class)
                .extracting(e -> ((NtStatusException) e).status()).isEqualTo(NtStatus.INVALID_PARAMETER);
    }
}

package dev.ringzero.kernel.io;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.abi.AccessMask;
import dev.ringzero.kernel.abi.Ace;
import dev.ringzero.kernel.abi.FileAccess;
import dev.ringzero.kernel.abi.NtStatus;
import dev.ringzero.kernel.abi.NtStatusException;
import dev.ringzero.kernel.abi.ObjectAttributes;
import dev.ringzero.kernel.abi.SecurityDescriptor;
import dev.ringzero.kernel.abi.Trustee;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.GenericMapping;
import dev.ringzero.kernel.ob.ObjectHeader;
import dev.ringzero.kernel.ob.ObjectManager;
import dev.ringzero.kernel.ob.ObjectType;
import dev.ringzero.kernel.ob.ObjectTypeInitializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The I/O manager's driver side: the {@code Device} object type, loading and unloading
 * {@link Driver}s, and the calls drivers make from {@link Driver#load} and {@link Driver#unload}
 * (IoCreateDevice, IoDeleteDevice, IoCreateSymbolicLink, IoDeleteSymbolicLink). Unloading a driver
 * also deletes any device it forgot to delete.
 */
public final class IoManager {
    /** The name of the object type of devices, {@code \ObjectTypes\Device}. */
    public static final String DEVICE_TYPE_NAME = "Device";
    /** Files' generic mapping (FILE_GENERIC_READ, FILE_GENERIC_WRITE, FILE_GENERIC_EXECUTE, FILE_ALL_ACCESS). */
    public static final GenericMapping FILE_MAPPING = new GenericMapping(FileAccess.GENERIC_READ,
            FileAccess.GENERIC_WRITE, FileAccess.GENERIC_EXECUTE, FileAccess.ALL_ACCESS);
    /**
     * The security of a device: root may do anything, everyone else may read, write and execute (the
     * default IoCreateDevice gives a device without a class of its own: Everyone GENERIC_READ |
     * GENERIC_WRITE | GENERIC_EXECUTE). The driver decides what each request may do.
     */
    public static final SecurityDescriptor DEVICE_SECURITY = SecurityDescriptor.of(0,
            Ace.allow(Trustee.user(0), AccessMask.GENERIC_ALL),
            Ace.allow(Trustee.everyone(), AccessMask.GENERIC_READ | AccessMask.GENERIC_WRITE | AccessMask.GENERIC_EXECUTE));
    /** The identity kernel-mode objects are created with (the security is always explicit). */
    private static final Caller KERNEL = new Caller(ProcessHandle.current().pid(), 0, 0, 0);

    private final ObjectManager objects;
    private final ObjectType deviceType;
    private final Map<String, Driver> drivers = new LinkedHashMap<>();
    private final Map<Driver, List<DeviceObject>> devices = new LinkedHashMap<>();

    public IoManager(ObjectManager objects) {
        this.objects = objects;
        this.deviceType = objects.createType(DEVICE_TYPE_NAME, new ObjectTypeInitializer(FILE_MAPPING,
                FileAccess.ALL_ACCESS, true, ObjectTypeInitializer.DeleteProcedure.NONE, null));
    }

    public ObjectType deviceType() { return deviceType; }

    /**
     * Loads {@code driver} into {@code kernel}: registers it and runs its {@link Driver#load}. A driver
     * of the same name already loaded is STATUS_OBJECT_NAME_COLLISION; a load that fails deletes the
     * devices it created and leaves the driver unloaded.
     */
    public synchronized void load(Driver driver, Kernel kernel) {
        String key = key(driver.name());
        if (drivers.containsKey(key)) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_COLLISION, "driver " + driver.name() + " is already loaded");
        }
        drivers.put(key, driver);
        try {
            driver.load(kernel);
        } catch (RuntimeException e) {
            drivers.remove(key);
            deleteDevicesOf(driver);
            throw e;
        }
    }

    /** Unloads the driver named {@code name}: its {@link Driver#unload}, then any device it left. */
    public synchronized void unload(String name) {
        Driver driver = drivers.get(key(name));
        if (driver == null) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_NOT_FOUND, "no driver " + name + " is loaded");
        }
        try {
            driver.unload();
        } finally {
            drivers.remove(key(name));
            deleteDevicesOf(driver);
        }
    }

    /** The names of the loaded drivers, in load order. */
    public synchronized List<String> loadedDrivers() {
        List<String> names = new ArrayList<>();
        for (Driver d : drivers.values()) {
            names.add(d.name());
        }
        return names;
    }

    /**
     * IoCreateDevice: a permanent {@code Device} object at the absolute {@code name} (by convention in
     * {@code \Device}) served by {@code driver}, which must be loaded or loading, with
     * {@link #DEVICE_SECURITY}. STATUS_OBJECT_NAME_COLLISION when the name is taken.
     */
    public synchronized DeviceObject createDevice(Driver driver, String name) {
        if (drivers.get(key(driver.name())) != driver) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "driver " + driver.name() + " is not loaded");
        }
        DeviceObject device = new DeviceObject(name, driver);
        ObjectHeader header = objects.create(deviceType, device,
                new ObjectAttributes(name, 0, ObjectAttributes.PERMANENT, DEVICE_SECURITY), KERNEL);
        objects.insertPermanent(header, name);
        devices.computeIfAbsent(driver, d -> new ArrayList<>()).add(device);
        return device;
    }

    /**
     * IoDeleteDevice: waits for the requests in flight, marks the device deleted (later requests on
     * handles still open complete with STATUS_DEVICE_DOES_NOT_EXIST) and removes its name. Deleting a
     * deleted device does nothing.
     */
    public synchronized void deleteDevice(DeviceObject device) {
        if (!device.markDeleted()) {
            return;
        }
        List<DeviceObject> own = devices.get(device.driver());
        if (own != null) {
            own.remove(device);
        }
        objects.deletePermanent(device.name(), deviceType);
    }

    /** IoCreateSymbolicLink: {@code link} (absolute, e.g. {@code \??\Booster}) to {@code target}. */
    public void createSymbolicLink(String link, String target) {
        objects.createSymbolicLink(link, target);
    }

    /** IoDeleteSymbolicLink. STATUS_OBJECT_NAME_NOT_FOUND when there is no such link. */
    public void deleteSymbolicLink(String link) {
        objects.deletePermanent(link, objects.symbolicLinkType());
    }

    private void deleteDevicesOf(Driver driver) {
        List<DeviceObject> left = devices.remove(driver);
        if (left != null) {
            for (DeviceObject device : List.copyOf(left)) {
                if (device.markDeleted()) {
                    objects.deletePermanent(device.name(), deviceType);
                }
            }
        }
    }

    private static String key(String driverName) {
        if (driverName == null || driverName.isEmpty()) {
            throw new NtStatusException(NtStatus.OBJECT_NAME_INVALID, "a driver needs a name");
        }
        return driverName.toLowerCase(Locale.ROOT);
    }
}

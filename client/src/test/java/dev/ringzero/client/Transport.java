package dev.ringzero.client;

import dev.ringzero.kernel.Kernel;
import dev.ringzero.kernel.ipc.IoDispatcher;
import dev.ringzero.kernel.ob.Caller;
import dev.ringzero.kernel.ob.KernelProcess;

/** The two ways a client reaches a kernel in tests: direct calls, and IOCTL frames through the dispatcher. */
enum Transport {
    EMBEDDED {
        @Override
        NativeApi connect(Kernel kernel, Caller caller) {
            return new EmbeddedNativeApi(kernel, kernel.attach(caller));
        }
    },
    FRAMES {
        @Override
        NativeApi connect(Kernel kernel, Caller caller) {
            IoDispatcher dispatcher = new IoDispatcher(kernel);
            KernelProcess process = kernel.attach(caller);
            return new FrameNativeApi(frame -> dispatcher.handle(process, frame));
        }
    };

    abstract NativeApi connect(Kernel kernel, Caller caller);
}

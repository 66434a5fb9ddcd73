# bench-group: object
"""Richards: an operating-system task scheduler simulation (Martin Richards' benchmark).

Six tasks (idle, worker, two handlers, two devices) exchange packets through a
priority scheduler.  The queue and hold counts are fixed by the algorithm.
"""

from _harness import run

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4

RUNNING, RUNNABLE, SUSPENDED, HELD = 0, 1, 2, 4
SUSPENDED_RUNNABLE = SUSPENDED | RUNNABLE

COUNT = 10000


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def add_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class TaskControlBlock(object):
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = SUSPENDED if queue is None else SUSPENDED_RUNNABLE

    def is_held_or_suspended(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def run(self):
        if self.state == SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = RUNNING if self.queue is None else RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.state |= RUNNABLE
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.add_to(self.queue)
        return task


class Scheduler(object):
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * 6
        self.list = None
        self.current = None
        self.current_id = None

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.list, ident, priority, queue, task)
        self.list = self.current
        self.blocks[ident] = self.current

    def schedule(self):
        self.current = self.list
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        tcb.state &= ~HELD
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def suspend_current(self):
        self.current.state |= SUSPENDED
        return self.current

    def queue(self, packet):
        tcb = self.blocks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return tcb.check_priority_add(self.current, packet)


class IdleTask(object):
    def __init__(self, scheduler, count):
        self.scheduler = scheduler
        self.v1 = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if (self.v1 & 1) == 0:
            self.v1 >>= 1
            return self.scheduler.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class DeviceTask(object):
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            waiting = self.pending
            self.pending = None
            return self.scheduler.queue(waiting)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask(object):
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.destination = HANDLER_A
        self.counter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.a2[i] = self.counter
        return self.scheduler.queue(packet)


class HandlerTask(object):
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.add_to(self.work)
            else:
                self.devices = packet.add_to(self.devices)
        if self.work is not None:
            count = self.work.a1
            if count < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.a1 = self.work.a2[count]
                    self.work.a1 = count + 1
                    return self.scheduler.queue(device)
            else:
                work = self.work
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.suspend_current()


def richards(count):
    s = Scheduler()
    s.add_task(IDLE, 0, None, IdleTask(s, count))
    s.current.state = RUNNING
    queue = Packet(Packet(None, WORKER, KIND_WORK), WORKER, KIND_WORK)
    s.add_task(WORKER, 1000, queue, WorkerTask(s))
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    s.add_task(HANDLER_A, 2000, queue, HandlerTask(s))
    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    s.add_task(HANDLER_B, 3000, queue, HandlerTask(s))
    s.add_task(DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(DEVICE_B, 5000, None, DeviceTask(s))
    s.schedule()
    return (s.queue_count, s.hold_count)


def workload():
    small = richards(1000)
    if small != (2322, 928):
        return ("wrong counts for 1000", small)
    return richards(COUNT)


if __name__ == "__main__":
    run(workload, (23246, 9297))

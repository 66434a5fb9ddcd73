import random
rng = random.Random(7)
clock, queue, served, waits = 0, [], 0, []
for t in range(200):
    if rng.random() < 0.3: queue.append(t)
    if queue and rng.random() < 0.35:
        arrived = queue.pop(0); waits.append(t - arrived); served += 1
print(served, len(queue), max(waits), round(sum(waits) / len(waits), 4))
hist = {}
for w in waits: hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
for k in sorted(hist): print(f'{k:>3}-{k + 4:<3} {"*" * hist[k]}')

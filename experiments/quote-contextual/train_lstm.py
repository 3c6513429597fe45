import sys, random, time, math
import torch, torch.nn as nn
torch.manual_seed(1); random.seed(1)
torch.set_num_threads(2)
NF = 12
def read(path):
    docs, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            docs.append(cur); cur = []; continue
        p = line.split('\t')
        cur.append((p[:NF], int(p[NF])))
    if cur: docs.append(cur)
    return docs
train = read(sys.argv[1]); dev = read(sys.argv[2])
from collections import Counter
counts = [Counter() for _ in range(NF)]
for d in train:
    for f, _ in d:
        for k in range(NF): counts[k][f[k]] += 1
vocab = [{'<unk>': 0} for _ in range(NF)]
for k in range(NF):
    for v, c in counts[k].items():
        if c >= 2: vocab[k][v] = len(vocab[k])
dims = [int(x) for x in sys.argv[3].split(',')]
H = int(sys.argv[4]); EPOCHS = int(sys.argv[5]); OUT = sys.argv[6]
def enc(d):
    return torch.tensor([[vocab[k].get(f[k], 0) for k in range(NF)] for f, _ in d], dtype=torch.long), torch.tensor([y for _, y in d])
trainE = [enc(d) for d in train]; devE = [enc(d) for d in dev]
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.ModuleList([nn.Embedding(len(vocab[k]), dims[k]) for k in range(NF)])
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(sum(dims), H, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * H, 7)
    def forward(self, x):
        e = torch.cat([self.emb[k](x[..., k]) for k in range(NF)], -1)
        h, _ = self.lstm(self.drop(e))
        return self.out(self.drop(h))
net = Net()
opt = torch.optim.Adam(net.parameters(), lr=2e-3)
W = 200
windows = []
for x, y in trainE:
    for s in range(0, len(y), W):
        windows.append((x[s:s + W], y[s:s + W]))
        if s + W >= len(y): break
print(len(windows), 'windows', sum(p.numel() for p in net.parameters()), 'params', flush=True)
lossf = nn.CrossEntropyLoss(ignore_index=-1)
B = 64
for ep in range(EPOCHS):
    net.train(); random.shuffle(windows); t0 = time.time(); tot = 0
    for b in range(0, len(windows), B):
        batch = windows[b:b + B]
        L = max(len(y) for _, y in batch)
        X = torch.zeros(len(batch), L, NF, dtype=torch.long); Y = torch.full((len(batch), L), -1, dtype=torch.long)
        for i, (x, y) in enumerate(batch):
            X[i, :len(y)] = x; Y[i, :len(y)] = y
        opt.zero_grad()
        loss = lossf(net(X).reshape(-1, 7), Y.reshape(-1))
        loss.backward(); nn.utils.clip_grad_norm_(net.parameters(), 5.0); opt.step(); tot += loss.item()
    net.eval(); correct = n = 0
    with torch.no_grad():
        with open(OUT + f'.ep{ep+1}.txt', 'w') as o:
            for x, y in devE:
                p = torch.log_softmax(net(x.unsqueeze(0))[0], -1)
                correct += (p.argmax(-1) == y).sum().item(); n += len(y)
                for row in p.tolist(): o.write(' '.join('%.4f' % v for v in row) + '\n')
                o.write('\n')
    print(f'epoch {ep+1} loss {tot:.1f} dev token acc {correct/n:.4f} ({time.time()-t0:.0f} s)', flush=True)
torch.save(net.state_dict(), OUT + '.pt')

#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(896);
var util = __nccwpck_require__(23);
var stream = __nccwpck_require__(203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(313);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(896);
var zlib = __nccwpck_require__(106);
var fd_slicer = __nccwpck_require__(502);
var util = __nccwpck_require__(23);
var EventEmitter = (__nccwpck_require__(434).EventEmitter);
var Transform = (__nccwpck_require__(203).Transform);
var PassThrough = (__nccwpck_require__(203).PassThrough);
var Writable = (__nccwpck_require__(203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/config.ts
// The rules config file: severity overrides, disabled rules, thresholds, expected domains, extra allowed repositories.

const DEFAULT_CONFIG = {
    rules: {},
    overFiltering: { ratio: 0.8, minItems: 5 },
    expectedDomains: [],
    allowedRepositories: [],
    repositoryVisibility: null,
    suppressions: [],
};
class ConfigError extends Error {
}
const SEVERITY_VALUES = ['critical', 'warning', 'info'];
/** An object whose keys are all in `allowed`; a typo must fail, not silently keep a default. */
function objectWithKeys(value, allowed, where, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(`${source}: ${where} must be an object`);
    for (const k of Object.keys(value)) {
        if (!allowed.includes(k))
            throw new ConfigError(`${source}: unknown key "${k}" in ${where} (accepted: ${allowed.join(', ')})`);
    }
    return value;
}
/** Validates a parsed config object; every problem names the key and the accepted values. */
function parseConfig(value, knownRules, source = 'config') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ConfigError(`${source}: must be a JSON object`);
    const v = value;
    const allowed = [
        'rules',
        'thresholds',
        'expectedDomains',
        'allowedRepositories',
        'repositoryVisibility',
        'suppressions',
        '$schema',
    ];
    for (const k of Object.keys(v)) {
        if (!allowed.includes(k))
            throw new ConfigError(`${source}: unknown key "${k}" (accepted: ${allowed.filter((a) => a !== '$schema').join(', ')})`);
    }
    const config = structuredClone(DEFAULT_CONFIG);
    if (v.rules !== undefined) {
        if (typeof v.rules !== 'object' || v.rules === null)
            throw new ConfigError(`${source}: "rules" must be an object`);
        for (const [id, setting] of Object.entries(v.rules)) {
            if (!knownRules.includes(id))
                throw new ConfigError(`${source}: unknown rule "${id}" in "rules" (known: ${knownRules.join(', ')})`);
            const s = typeof setting === 'object' && setting !== null
                ? objectWithKeys(setting, ['severity', 'enabled'], `rule "${id}"`, source)
                : { severity: setting };
            const sev = s.severity;
            if (sev === 'off' || s.enabled === false)
                config.rules[id] = { enabled: false, severity: null };
            else if (sev === undefined || SEVERITY_VALUES.includes(sev))
                config.rules[id] = { enabled: true, severity: sev ?? null };
            else
                throw new ConfigError(`${source}: rule "${id}": severity must be one of off, critical, warning, info`);
        }
    }
    if (v.thresholds !== undefined) {
        const t = objectWithKeys(v.thresholds, ['over-filtering'], '"thresholds"', source);
        const of = objectWithKeys(t['over-filtering'] ?? {}, ['ratio', 'minItems'], '"thresholds.over-filtering"', source);
        if (of.ratio !== undefined) {
            if (typeof of.ratio !== 'number' || of.ratio <= 0 || of.ratio > 1)
                throw new ConfigError(`${source}: thresholds.over-filtering.ratio must be a number in (0, 1]`);
            config.overFiltering.ratio = of.ratio;
        }
        if (of.minItems !== undefined) {
            if (!Number.isInteger(of.minItems) || of.minItems < 1)
                throw new ConfigError(`${source}: thresholds.over-filtering.minItems must be a positive integer`);
            config.overFiltering.minItems = of.minItems;
        }
    }
    for (const key of ['expectedDomains', 'allowedRepositories']) {
        const list = v[key];
        if (list === undefined)
            continue;
        if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
            throw new ConfigError(`${source}: "${key}" must be an array of strings`);
        config[key] = list.map((x) => x.trim().toLowerCase()).filter((x) => x !== '');
    }
    if (v.repositoryVisibility !== undefined) {
        if (v.repositoryVisibility !== 'public' &&
            v.repositoryVisibility !== 'private' &&
            v.repositoryVisibility !== null)
            throw new ConfigError(`${source}: "repositoryVisibility" must be "public" or "private"`);
        config.repositoryVisibility = v.repositoryVisibility;
    }
    if (v.suppressions !== undefined) {
        if (!Array.isArray(v.suppressions))
            throw new ConfigError(`${source}: "suppressions" must be an array`);
        config.suppressions = v.suppressions;
    }
    return config;
}
function loadConfigFile(path, knownRules) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`cannot read config file ${path}: ${err instanceof Error ? err.message : String(err)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new ConfigError(`config file ${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    return parseConfig(value, knownRules, path);
}

;// CONCATENATED MODULE: ./src/util/sanitize.ts
// Report safety: redact secrets from log text, and make untrusted text inert in Markdown (no mentions, no issue
// links, no HTML, no breaking out of a code span, fence, table or `<details>` block).
// A secret starts a word: after a non-word character, or right after a JSON escape (`\n`, `\t`, `\u003e`), since logs
// carry JSON-encoded text (`"line one\nghp_…"`). A value cut short (a log excerpt ends in `…`) still hides its first
// characters: patterns that need a minimum length also match a shorter run that ends at the cut.
const START = String.raw `(?<![A-Za-z0-9_](?<!\\[bfnrt])(?<!\\u[0-9A-Fa-f]{4}))`;
const secret = (source, flags = 'g') => new RegExp(START + source, flags);
const KEYS = String.raw `(?:aws_?)?secret_?access_?key|client_secret|api[_-]?key|apikey|password|passwd|secret`;
/** `=`, `: `, `": "`, also JSON in JSON strings (`\"SecretAccessKey\": \"…\"`, escaped once per level). */
const SEP = String.raw `\\*["']?\s*[:=]\s*\\*["']?`;
/** The start of another secret: a value never runs over it (`token abc'password=…`, `Bearer x/secret: y`). */
const NEXT = String.raw `(?:${KEYS})${SEP}|Authorization${SEP}|(?:Bearer|token)\s|(?:AccountKey|SharedAccessSignature|sig)=|(?:mcp_)?session=`;
const value = (chars) => String.raw `(?:(?!${NEXT})${chars})`;
// Values stop at a backslash: in JSON-encoded text it starts an escape (`\t`), and the next word may be another secret.
// The order matters for the same reason: a pattern with a wide value runs after those whose start it could swallow.
const SECRET_PATTERNS = [
    [
        /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/gi,
        '[REDACTED PRIVATE KEY]',
    ],
    [secret(String.raw `github_pat_[A-Za-z0-9_]+`), 'github_pat_[REDACTED]'],
    [secret(String.raw `(gh[pousr])_[A-Za-z0-9_]+`), '$1_[REDACTED]'],
    // The header (with its scheme) first: a bearer token's characters (`/`, `=`) could swallow a header name after it.
    [
        secret(String.raw `(Authorization${SEP})(?:(?:Bearer|Basic|Digest|token)\s+)?${value(String.raw `[^\s",\\]`)}+`, 'gi'),
        '$1[REDACTED]',
    ],
    [
        secret(String.raw `(Bearer|token)\s+(?:${value('[A-Za-z0-9._~+/=-]')}{8,}|${value('[A-Za-z0-9._~+/=-]')}+(?=…))`, 'gi'),
        '$1 [REDACTED]',
    ],
    // Key ids and keys are matched in any case: destination hosts and repository names are lowercased.
    [secret(String.raw `(AKIA|ASIA)(?:[0-9A-Z]{16}\b|[0-9A-Z]+(?=…))`, 'gi'), '$1[REDACTED]'],
    [
        secret(String.raw `(AccountKey|SharedAccessSignature|sig)=${value(String.raw `[^;&\s"\\]`)}+`, 'gi'),
        '$1=[REDACTED]',
    ],
    [secret(String.raw `(${KEYS})(${SEP})${value(String.raw `[^\s"',;&\\]`)}{4,}`, 'gi'), '$1$2[REDACTED]'],
    // Session ids: in gateway v0.1.x the session id was the gateway API key itself (FORMATS.md §3.4).
    [secret(String.raw `((?:mcp_)?session=)${value(String.raw `[^,\s\\]`)}+`, 'gi'), '$1[REDACTED]'],
    // Last: its `-` would otherwise swallow the start of a secret joined to it (`xoxb-…-session=…`).
    [secret(String.raw `(?:xox[abeprs]|xapp)-[A-Za-z0-9-]+`), 'xox?-[REDACTED]'],
];
function redact(text) {
    let out = text;
    for (const [re, repl] of SECRET_PATTERNS)
        out = out.replace(re, repl);
    return out;
}
/**
 * `redact` for inline text with code spans (titles): each span's content and each stretch between spans on its own, so
 * a value redacted again never swallows the backtick that closes its span.
 */
function redactInline(text) {
    return text
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? '`' + redact(part.slice(1, -1)) + '`' : redact(part)))
        .join('');
}
/** `redact` over every string of a JSON-like value, object keys included (details maps are keyed by tool names). */
function redactDeep(value) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => redactDeep(v));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), redactDeep(v)]));
    }
    return value;
}
const WJ = '\u2060'; // word joiner: invisible, breaks mention, reference and autolink recognition
/** Neutralises `@user`, `@org/team`, `#123`, `owner/repo#123`, `GH-123` and bare URLs in plain Markdown text. */
function neutralize(text) {
    return (text
        .replace(/@(?=[A-Za-z0-9])/g, '@' + WJ)
        .replace(/#(?=\d)/g, '#' + WJ)
        // No word boundary required: GFM also autolinks `www.` after `_` or `*`, which escaping leaves next to it (`\_www.`).
        .replace(/GH-(?=\d)/gi, (m) => m[0] + m[1] + WJ + m.slice(2))
        .replace(/(https?|ftp):\/\//gi, '$1:' + WJ + '//')
        .replace(/www\./gi, (m) => m.slice(0, 3) + WJ + '.'));
}
/** Escapes Markdown and HTML control characters in plain text (outside code). */
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()|~!&]/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\\' + c);
}
/** Untrusted plain text for Markdown: redacted, one line, escaped, neutralised. */
function plain(text, max = 300) {
    const one = redact(text)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '');
    return neutralize(escapeMarkdown(one.length > max ? one.slice(0, max) + '…' : one));
}
/** An inline code span for an untrusted value: no backticks, no newlines, pipes escaped (safe in table cells). */
function code(value, max = 120) {
    let v = redact(value)
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/`/g, 'ˋ');
    if (v.length > max)
        v = v.slice(0, max) + '…';
    if (v.trim() === '')
        v = '∅';
    return '`' + v.replace(/\|/g, '¦') + '`';
}
/** A fenced block for log excerpts, with a fence longer than any backtick run inside. */
function fence(lines, info = 'text') {
    const body = lines.map((l) => redact(l).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')).join('\n');
    const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(longest + 1);
    return `${f}${info}\n${body}\n${f}`;
}
/**
 * Inline text from the engine (titles) where untrusted values sit inside code spans made by `code()`. The text between
 * the spans is escaped like plain text, so a value a rule forgot to wrap still cannot link, emphasise or add HTML.
 */
function inline(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .split(/(`[^`]*`)/)
        .map((part, i) => (i % 2 === 1 ? part : neutralize(escapeMarkdown(part))))
        .join('');
}

;// CONCATENATED MODULE: ./src/rules/attribution.ts
/** Placeholder for calls that could have reached a server the logs never name. */
const UNNAMED_SERVER = 'unknown';
/** The safe-outputs server's ids (`safeoutputs` in gh-aw; `safe_outputs` / `safe-outputs` spellings accepted). */
function isSafeOutputs(server) {
    return /^safe[-_]?outputs?$/i.test(server);
}
/** gh-aw safe-output tools that no GitHub MCP server tool shares a name with. */
const SAFE_OUTPUT_ONLY_TOOLS = new Set([
    'noop',
    'missing_tool',
    'missing_data',
    'report_incomplete',
    'upload_asset',
    'push_to_pull_request_branch',
]);
class CallAttribution {
    view;
    source;
    /** Every server the logs name (not the placeholder). */
    knownServers;
    /** A startup list (`Loaded N MCP server(s)`, `Routes:`) or tools.json named every server. */
    completeServerList;
    /** Calls whose server is not known (each counted for every candidate). */
    unattributedCalls;
    tally = new Map();
    toolMap = null;
    constructor(view) {
        this.view = view;
        const known = new Set();
        const complete = new Set();
        for (const e of view.of('ServerNamed'))
            (e.complete ? complete : known).add(e.server);
        // tools.json lists every server whose tools registered, i.e. every server a call could reach (§4.7).
        this.completeServerList = complete.size > 0 || (view.run.tools?.size ?? 0) > 0;
        for (const s of complete)
            known.add(s);
        for (const s of view.servers.keys())
            known.add(s);
        for (const s of view.run.tools?.keys() ?? [])
            known.add(s);
        for (const e of view.of('BackendToolCall'))
            known.add(e.server);
        for (const e of view.of('RoutedToolCall'))
            known.add(e.server);
        for (const e of view.of('ToolServer'))
            known.add(e.server);
        for (const e of view.of('DifcFiltered'))
            known.add(e.server);
        for (const e of view.of('LabelingFailure'))
            if (e.server)
                known.add(e.server);
        known.delete(UNNAMED_SERVER);
        known.delete('');
        this.knownServers = known;
        let unattributed = 0;
        const backend = view.of('BackendToolCall');
        const routed = view.of('RoutedToolCall');
        if (backend.length > 0) {
            this.source = 'backend';
            for (const c of backend) {
                if (c.server === UNNAMED_SERVER || c.server === '') {
                    unattributed++;
                    this.addInferred(this.candidates(null), c.loc);
                }
                else
                    this.add(c.server, 'attributed', c.loc);
            }
        }
        else if (routed.some((r) => r.found)) {
            this.source = 'routed';
            for (const r of routed)
                if (r.found)
                    this.add(r.server, 'attributed', r.loc);
            for (const r of routed) {
                const t = this.tally.get(r.server);
                if (!r.found && t && t.attributed > 0)
                    t.attributed--;
            }
        }
        else {
            const requests = view.of('ToolCallRequest');
            // Without request lines, each call left one response or one error line.
            const calls = requests.length > 0
                ? requests
                : [
                    ...view.of('ToolCallResponse'),
                    ...view.of('ToolCallError').filter((e) => e.source === 'gateway'),
                ];
            this.source = calls.length > 0 ? 'requests' : null;
            for (const c of calls) {
                const servers = this.serversOfTool(c.tool);
                if (servers.length === 1) {
                    this.add(servers[0], 'attributed', c.loc);
                    continue;
                }
                if (servers.length === 0 && SAFE_OUTPUT_ONLY_TOOLS.has(c.tool))
                    continue;
                unattributed++;
                this.addInferred(this.candidates(servers.length > 1 ? servers : null), c.loc);
            }
        }
        this.unattributedCalls = unattributed;
    }
    /** Calls counted for a server. */
    callsTo(server) {
        const t = this.tally.get(server);
        if (!t)
            return { count: 0, attributed: 0, inferred: 0, first: null };
        return {
            count: t.attributed + t.inferred,
            attributed: t.attributed,
            inferred: t.inferred,
            first: t.first,
        };
    }
    /** Servers with any call counted (the placeholder included). */
    serversWithCalls() {
        return [...this.tally.entries()].filter(([, t]) => t.attributed + t.inferred > 0).map(([s]) => s);
    }
    /**
     * Servers a tool belongs to: tools.json (every server listing it), else the lines naming the tool with its server,
     * else a `⟨server⟩___` prefix on the name, else the servers of its canonical name if it is a feature-flag alias.
     */
    serversOfTool(tool) {
        const map = this.tools();
        const hit = map.get(tool);
        if (hit && hit.size > 0)
            return [...hit];
        const i = tool.indexOf('___');
        if (i > 0) {
            const server = tool.slice(0, i);
            const bare = map.get(tool.slice(i + 3));
            if (!bare || bare.has(server))
                return [server];
        }
        // A GitHub MCP feature-flag alias (`list_issues_ff_fields_param`, §8.5) belongs where its canonical tool does.
        const alias = /^(.+?)_ff_[a-z0-9_]+$/.exec(tool);
        const canonical = alias ? map.get(alias[1]) : undefined;
        return canonical ? [...canonical] : [];
    }
    /** Where a call of unknown server could have gone: `among` (ambiguous names) or any server the logs name. */
    candidates(among) {
        if (among) {
            const open = among.filter((s) => !isSafeOutputs(s));
            return open.length > 0 ? open : among.slice(0, 1);
        }
        // A server whose tool list is known (tools.json, not empty) did not expose the tool.
        const listed = this.view.run.tools;
        const open = [...this.knownServers].filter((s) => !isSafeOutputs(s) && !(listed?.get(s)?.size ?? 0));
        if (open.length > 0)
            return open;
        // A startup list or tools.json named every server, and each was ruled out: the call reached none we could audit.
        if (this.completeServerList)
            return [];
        return [UNNAMED_SERVER];
    }
    tools() {
        if (this.toolMap)
            return this.toolMap;
        const map = new Map();
        const put = (tool, server) => {
            let s = map.get(tool);
            if (!s)
                map.set(tool, (s = new Set()));
            s.add(server);
        };
        const listed = this.view.run.tools;
        if (listed)
            for (const [server, names] of listed)
                for (const t of names)
                    put(t, server);
        // Lines that name a tool with its server complete the picture for servers tools.json does not list.
        for (const e of this.view.of('ToolServer'))
            if (!listed?.has(e.server))
                put(e.tool, e.server);
        for (const e of this.view.of('DifcFiltered'))
            if (e.tool && e.server !== UNNAMED_SERVER && !listed?.has(e.server))
                put(e.tool, e.server);
        this.toolMap = map;
        return map;
    }
    add(server, kind, at) {
        let t = this.tally.get(server);
        if (!t)
            this.tally.set(server, (t = { attributed: 0, inferred: 0, first: null }));
        t[kind]++;
        t.first ??= at;
    }
    addInferred(servers, at) {
        for (const s of servers)
            this.add(s, 'inferred', at);
    }
}
/**
 * The sentence the report shows for a finding whose calls were (partly) counted by inference: why (kept under the
 * Markdown's 200-character cap for a detail value).
 */
function inferredNote(view) {
    const why = view.attribution.source === 'backend'
        ? 'the gateway logged these calls with server unknown'
        : 'no JSONL server_id, [rpc] or routed-mode line, tools.json entry or other line names the server of these calls';
    return `${why}, so each is counted for every server it could have reached but safe-outputs`;
}
/**
 * What a finding built on `calls` adds when some were counted by inference: `details.attribution: "inferred"`, the
 * number inferred and the reason (shown in the Markdown), a title suffix and a recommendation prefix. Null when every
 * call was attributed from the logs.
 */
function inferredParts(calls, view) {
    if (calls.inferred === 0)
        return null;
    return {
        details: {
            attribution: 'inferred',
            inferredToolCalls: calls.inferred,
            attributionNote: inferredNote(view),
        },
        titleSuffix: calls.attributed === 0 ? ' (server of the calls inferred)' : ' (server of some calls inferred)',
        recommendation: `The server of ${calls.inferred} call(s) was inferred, not logged: confirm it from the run's \`rpc-messages.jsonl\` or \`tools.json\` if available.`,
    };
}

;// CONCATENATED MODULE: ./src/rules/guard-bypass.ts
// guard-bypass: a server has a guard policy but ends up unguarded while tool calls still go through.


const guardBypass = {
    meta: {
        id: 'guard-bypass',
        defaultSeverity: 'critical',
        title: 'Guard bypass: a server with a guard policy ran unguarded',
        why: 'A guard policy was configured, but the WASM guard did not load, fell back to noop, or enforcement was disabled, and tool calls still reached the backend: DIFC filtering did not happen for those calls.',
        fix: "Treat the agent output of this run as unfiltered. Check the guard load error in mcp-gateway.log, the gateway version and the guard file; re-run once the guard loads (`Registered guard 'github'`).",
        perRun: true,
    },
    check({ view }) {
        const out = [];
        const disabled = view.enforcementDisabled;
        for (const s of view.servers.values()) {
            if (!s.policy)
                continue;
            const guard = s.registered?.guard ?? null;
            let reason = null;
            const evidence = [s.policy.loc];
            if (disabled) {
                reason = 'guards enforcement disabled';
                evidence.push(disabled.loc);
            }
            else if (guard === 'noop') {
                reason = s.loadFailures[0] ? s.loadFailures[0].reason : "registered guard 'noop'";
                if (s.loadFailures[0])
                    evidence.push(s.loadFailures[0].loc);
                evidence.push(s.registered.loc);
            }
            else if (guard === null && s.loadFailures.length > 0) {
                reason = s.loadFailures[0].reason;
                evidence.push(s.loadFailures[0].loc);
            }
            if (!reason)
                continue;
            const calls = view.toolCallsTo(s.server);
            if (calls.count === 0)
                continue;
            if (calls.first)
                evidence.push(calls.first);
            // Calls of unknown server count here too: a bypass never vanishes for want of attribution evidence.
            const inferred = inferredParts(calls, view);
            out.push({
                title: `Guard bypass on server ${code(s.server)}: ${code(reason)}${inferred?.titleSuffix ?? ''}`,
                key: { server: s.server, reason: reason.replace(/:.*$/, '') },
                count: calls.count,
                details: { server: s.server, reason, toolCalls: calls.count, ...inferred?.details },
                evidence,
                recommendation: inferred ? `${inferred.recommendation} ${guardBypass.meta.fix}` : undefined,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/proxy-fail-open.ts
// proxy-fail-open: the DIFC proxy's Phase 4 (response labeling) failed, so it may have returned the unfiltered body.

const proxyFailOpen = {
    meta: {
        id: 'proxy-fail-open',
        defaultSeverity: 'critical',
        title: 'DIFC proxy response labeling failed (possible fail-open)',
        why: 'When the proxy cannot label a response it falls back to the coarse Phase 2 decision; if that allowed the read, the unfiltered upstream body was returned to the pre-agent step.',
        fix: 'Treat data the pre-agent `gh` steps read through the proxy as unfiltered. Fix the guard error shown in proxy.log and upgrade the gateway.',
        perRun: true,
    },
    check({ view }) {
        const failures = view.of('ProxyPhase4Failed');
        if (failures.length === 0)
            return [];
        const causes = [
            ...new Set(failures.map((f) => f.wasm?.cause ?? redact(f.message.split('\n')[0]).slice(0, 120))),
        ];
        return [
            {
                title: `DIFC proxy Phase 4 failed ${failures.length} time(s): responses may have been returned unfiltered`,
                key: {},
                count: failures.length,
                details: { failures: failures.length, causes },
                evidence: failures.slice(0, 5).map((f) => f.loc),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/group.ts
/** The evidence locations one finding keeps. */
const EVIDENCE_PER_FINDING = 3;
/** A number from details (merged findings carry plain JSON), 0 when absent. */
function num(v) {
    return typeof v === 'number' ? v : 0;
}
/** Adds `n` to a count map's entry. */
function bump(map, key, n = 1) {
    map[key] = (map[key] ?? 0) + n;
}
/** A new count map with the entries of both (merging findings' per-tool, per-run, … maps). */
function sumCounts(a, b) {
    const out = { ...asCounts(a) };
    for (const [k, n] of Object.entries(asCounts(b)))
        bump(out, k, n);
    return out;
}
/** A count map from details (plain JSON), empty when absent. */
function asCounts(v) {
    return typeof v === 'object' && v !== null ? v : {};
}
class FindingGroups extends Map {
    /** Counts one occurrence at `loc` under `key` (a new group starts as `init()`) and returns its group. */
    add(key, loc, init) {
        let g = this.get(key);
        if (!g)
            this.set(key, (g = { ...init(), count: 0, evidence: [] }));
        g.count++;
        if (g.evidence.length < EVIDENCE_PER_FINDING)
            g.evidence.push(loc);
        return g;
    }
}

;// CONCATENATED MODULE: ./src/rules/view.ts

class RunView {
    run;
    byType = new Map();
    servers = new Map();
    constructor(run) {
        this.run = run;
        for (const e of run.events) {
            let list = this.byType.get(e.type);
            if (!list)
                this.byType.set(e.type, (list = []));
            list.push(e);
        }
        const state = (server) => {
            let s = this.servers.get(server);
            if (!s)
                this.servers.set(server, (s = { server, policy: null, registered: null, loadFailures: [] }));
            return s;
        };
        for (const p of this.of('GuardPolicy'))
            state(p.server).policy = p;
        for (const r of this.of('GuardRegistered')) {
            const s = state(r.server);
            if (!s.registered || !r.legacy || s.registered.legacy)
                s.registered = r;
        }
        for (const f of this.of('GuardLoadFailure'))
            if (f.server)
                state(f.server).loadFailures.push(f);
    }
    of(type) {
        return (this.byType.get(type) ?? []);
    }
    /**
     * Items filtered in the run (`difc.filtered`): the per-item records from their one source (collect chooses it),
     * plus the proxy's `DIFC filtered n/m` counts (the proxy writes no per-item records).
     */
    get filteredItems() {
        let n = this.of('DifcFiltered').length;
        for (const c of this.of('FilterCount'))
            if (c.source === 'proxy')
                n += c.filtered;
        return n;
    }
    get gatewayVersion() {
        return this.of('GatewayVersion')[0]?.version ?? null;
    }
    /** Enforcement disabled for the whole gateway (current INFO line, or the v0.1.x stderr line). */
    get enforcementDisabled() {
        return this.of('EnforcementDisabled')[0] ?? null;
    }
    /** Whether the gateway is a version that has guards (v0.1.8+, or it logs a guard-era line). */
    get gatewayHasGuards() {
        if (this.of('GuardsCapable').length > 0)
            return true;
        const v = this.gatewayVersion;
        return v !== null && compareVersions(v, 'v0.1.8') >= 0;
    }
    attributionCache = null;
    /** Which server each tool call went to, from every source the logs give (rules/attribution.ts). */
    get attribution() {
        return (this.attributionCache ??= new CallAttribution(this));
    }
    /**
     * Server a tool belongs to: tools.json (the first server listing it), else the lines naming the tool with its
     * server; null when unknown or ambiguous.
     */
    serverOfTool(tool) {
        const tools = this.run.tools;
        if (tools)
            for (const [server, names] of tools)
                if (names.has(tool))
                    return server;
        const servers = this.attribution.serversOfTool(tool);
        return servers.length === 1 ? servers[0] : null;
    }
    /**
     * Tool calls a server received: backend requests (JSONL, `[rpc]`, gateway.md), else routed-mode requests, else the
     * agent's requests mapped to servers; calls of unknown server are counted for every server they could have reached
     * (`inferred`).
     */
    toolCallsTo(server) {
        return this.attribution.callsTo(server);
    }
    /** GitHub MCP servers: `github` by id, or servers with a guard policy (only the GitHub guard takes one). */
    isGitHubServer(server) {
        return /github/i.test(server) || this.servers.get(server)?.policy != null;
    }
    /** Final guard of a server: 'noop', a guard name, or null when nothing was logged. */
    guardOf(server) {
        return this.servers.get(server)?.registered?.guard ?? null;
    }
}
/** Compares `v0.1.8`-style versions; unparsable versions compare as equal. */
function compareVersions(a, b) {
    const pa = a
        .replace(/^v/, '')
        .split(/[.-]/)
        .map((x) => parseInt(x, 10));
    const pb = b
        .replace(/^v/, '')
        .split(/[.-]/)
        .map((x) => parseInt(x, 10));
    for (let i = 0; i < 3; i++) {
        const x = pa[i] ?? 0;
        const y = pb[i] ?? 0;
        if (Number.isNaN(x) || Number.isNaN(y))
            return 0;
        if (x !== y)
            return x - y;
    }
    return 0;
}
/** Domain label-suffix match: `api.github.com` matches `github.com`; `githubcopilot.com` does not. */
function domainMatches(host, pattern) {
    const h = host.toLowerCase().replace(/\.$/, '');
    const p = pattern.toLowerCase().replace(/^\*\./, '');
    if (pattern.startsWith('*.'))
        return h.endsWith('.' + p);
    return h === p || h.endsWith('.' + p);
}
/** Repository scope match for policy `repos` entries: exact, `owner/*`, `owner/prefix*` (case-insensitive). */
function repoCovered(repo, entries) {
    const r = repo.toLowerCase();
    for (const raw of entries) {
        const e = raw.toLowerCase();
        if (e === 'all')
            return true;
        if (e.endsWith('*')) {
            if (r.startsWith(e.slice(0, -1)))
                return true;
        }
        else if (e === r)
            return true;
    }
    return false;
}
/** Normalises a message into a template: numbers, quoted strings and hex ids become placeholders. */
function messageTemplate(message, max = 160) {
    return message
        .split('\n')[0]
        .replace(/"[^"]*"|'[^']*'/g, '"…"')
        .replace(/\b[0-9a-f]{12,}\b/gi, '⟨id⟩')
        .replace(/\d+(\.\d+)?/g, 'N')
        .slice(0, max);
}
/** GitHub and the AI services: reached directly, not through the gateway (direct-api-bypass, firewall-block). */
const BYPASS_DOMAINS = ['github.com', 'openai.com', 'chatgpt.com'];
function isBypassDomain(host) {
    return BYPASS_DOMAINS.some((d) => domainMatches(host, d));
}
function isExpected(host, expected) {
    return expected.some((e) => (e.startsWith('*.') ? domainMatches(host, e) : host === e));
}

;// CONCATENATED MODULE: ./src/rules/scope-violation.ts
// scope-violation: data from a repository outside the policy's `repos` reached the agent. Reads the post-filter
// `MCP tool call response … result=` records only, structurally: repositories come from item fields, never free text
// (parsers/tool-result.ts extracts them while parsing, so results are never kept in memory).



/** Tools whose results are GitHub-global or user metadata (labelled `approved:github` / `private:user`). */
const GLOBAL_TOOLS = new Set([
    'get_me',
    'search_users',
    'list_starred_repositories',
    'get_teams',
    'get_team_members',
    'list_global_security_advisories',
    'get_global_security_advisory',
    'list_gists',
    'get_gist',
]);
const scopeViolation = {
    meta: {
        id: 'scope-violation',
        defaultSeverity: 'critical',
        title: 'Out-of-scope repository data reached the agent',
        why: 'A post-filter tool result, the data the agent received, holds items from a repository outside the guard policy `repos`: the integrity filter let out-of-scope data through.',
        fix: 'Treat the run as a data leak: review what the agent did with the data, then report it to the gateway maintainers with the tool and repository. Add the repository to the policy if it is meant to be readable.',
        perRun: true,
    },
    check({ view, config }) {
        const policies = [...view.servers.values()].filter((s) => s.policy && Array.isArray(s.policy.repos));
        if (policies.length === 0)
            return [];
        const hits = new FindingGroups();
        for (const r of view.of('ToolCallResponse')) {
            if (GLOBAL_TOOLS.has(r.tool))
                continue;
            const mapped = view.serverOfTool(r.tool);
            const state = mapped
                ? view.servers.get(mapped)
                : policies.length === 1 && !view.run.tools
                    ? policies[0]
                    : undefined;
            const repos = state?.policy?.repos;
            if (!state || !Array.isArray(repos))
                continue;
            if (r.isError)
                continue;
            for (const repo of r.repos) {
                if (repoCovered(repo, repos) || repoCovered(repo, config.allowedRepositories))
                    continue;
                hits.add(`${state.server}\u0000${r.tool}\u0000${repo}`, r.loc, () => ({
                    repo,
                    tool: r.tool,
                    server: state.server,
                    policyRepos: repos,
                }));
            }
        }
        const out = [];
        for (const h of hits.values()) {
            out.push({
                title: `Data from out-of-scope repository ${code(h.repo)} returned by ${code(h.tool)}`,
                key: { server: h.server, tool: h.tool, repo: h.repo },
                count: h.count,
                details: { repo: h.repo, tool: h.tool, server: h.server, policyRepos: h.policyRepos },
                evidence: h.evidence,
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/wasm-guard-trap.ts


const FUNC_OF_KIND = { response: 'label_response', guard: 'label_resource', session: 'label_agent' };
/** The labeling kind of a client error text (`response labeling failed: …` etc.). */
function kindOfClientError(error) {
    if (error.startsWith('response labeling failed'))
        return 'response';
    if (error.startsWith('guard labeling failed') || error.startsWith('resource labeling failed'))
        return 'guard';
    if (error.startsWith('guard session initialization failed'))
        return 'session';
    return null;
}
const wasmGuardTrap = {
    meta: {
        id: 'wasm-guard-trap',
        defaultSeverity: 'warning',
        title: 'WASM guard trap',
        why: 'The guard panicked or trapped while labeling. Since gateway v0.2.6 the guard is then permanently failed for the process: every later call on that server is refused (fail-closed), so the agent lost its GitHub tools for the rest of the run.',
        fix: 'Report the trap with its stack trace to the guard maintainers (github/gh-aw-mcpg) and upgrade the gateway when a fix ships. The follow-on failures are the calls the agent lost.',
        perRun: true,
    },
    check({ view }) {
        const groups = new FindingGroups();
        const add = (guard, func, cause, source, legacy, l) => groups.add([guard, func, cause, source].join('\u0000'), l, () => ({
            guard,
            func,
            cause,
            source,
            legacy,
        }));
        const traps = view.of('WasmTrap');
        for (const t of traps)
            add(t.guard, t.func, t.cause, t.source, false, t.loc);
        // Older gateways logged no trap record: a `wasm error:` inside a labeling failure that no trap covers.
        const covered = (guard) => traps.some((t) => guard === null || t.guard === guard);
        const legacy = view.of('LabelingFailure').filter((f) => f.wasm && !f.afterTrap && !covered(f.guard));
        for (const f of legacy) {
            add(f.guard ?? f.wasm.module ?? f.server ?? 'unknown', FUNC_OF_KIND[f.kind], f.wasm.cause, f.source === 'proxy' ? 'proxy' : 'gateway', true, f.loc);
        }
        if (legacy.length === 0) {
            // No labeling-failure record at all: the client errors are the only trace (one per call).
            const clientOnly = view
                .of('ToolCallError')
                .filter((e) => e.wasm && !e.afterTrapGuard && !covered(e.wasm.module));
            if (view.of('LabelingFailure').length === 0) {
                for (const e of clientOnly) {
                    const kind = kindOfClientError(e.error);
                    if (kind)
                        add(e.wasm.module ?? 'unknown', FUNC_OF_KIND[kind], e.wasm.cause, e.source, true, e.loc);
                }
            }
        }
        // Blast radius: calls refused after the trap, by process (gateway / proxy) and guard; the first trap of a guard
        // poisoned it, so its follow-ons are counted there.
        const followOns = new Map();
        for (const e of view.of('ToolCallError')) {
            if (!e.afterTrapGuard)
                continue;
            const k = `${e.source}\u0000${e.afterTrapGuard}`;
            const list = followOns.get(k) ?? [];
            list.push(e);
            followOns.set(k, list);
        }
        // Since 2026-08-16 each refused guard call also has a debug `callWasmFunction: guard=%s is unavailable after a
        // previous trap` line. It is the same call as its error record, so it counts only where no error record was logged.
        const refusals = new Map();
        for (const r of view.of('GuardRefusal')) {
            const k = `${r.source}\u0000${r.guard}`;
            const list = refusals.get(k) ?? [];
            list.push(r.loc);
            refusals.set(k, list);
        }
        const out = [];
        const attributed = new Set();
        for (const g of groups.values()) {
            const fk = `${g.source}\u0000${g.guard}`;
            const first = !g.legacy && !attributed.has(fk);
            const refused = first ? (followOns.get(fk) ?? []) : [];
            const debugOnly = first && refused.length === 0 ? (refusals.get(fk) ?? []) : [];
            if (refused.length + debugOnly.length > 0)
                attributed.add(fk);
            const failures = refused.length + debugOnly.length;
            const details = {
                guard: g.guard,
                func: g.func,
                cause: g.cause,
                followOnFailures: failures,
            };
            if (g.legacy)
                details.legacy = true;
            if (g.source === 'proxy')
                details.source = 'proxy';
            const tools = [...new Set(refused.map((r) => r.tool).filter(Boolean))].slice(0, 20);
            if (tools.length > 0)
                details.refusedTools = tools;
            out.push({
                title: `WASM guard ${code(g.guard)} trapped in ${code(g.func)} (${code(g.cause)})${failures ? `; ${failures} later call(s) refused` : ''}`,
                key: { guard: g.guard, func: g.func, cause: g.cause, source: g.source },
                count: g.count,
                details,
                evidence: [...g.evidence, ...refused.slice(0, 2).map((r) => r.loc), ...debugOnly.slice(0, 2)],
            });
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/rules/labeling-failure.ts
// labeling-failure: the guard, response or session labeling failed for a reason other than a trap (fail-closed).



const KIND_LABEL = {
    guard: 'resource labeling',
    response: 'response labeling',
    session: 'session initialisation (label_agent)',
};
const labelingFailure = {
    meta: {
        id: 'labeling-failure',
        defaultSeverity: 'warning',
        title: 'Guard labeling failed',
        why: 'The gateway could not label a resource, a response or the agent session, so the affected tool calls failed (fail-closed): the agent lost data it was entitled to, and the guard or its policy needs attention.',
        fix: "Read the error in the evidence: a policy rejected by label_agent (`error code: -1`) points to the guard policy (see the guard's `FAILED …` line); size or memory errors point to the guard limits; report guard errors to the gateway maintainers.",
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('LabelingFailure')) {
            if (f.wasm || f.afterTrap)
                continue; // traps and their follow-ons belong to wasm-guard-trap
            const template = messageTemplate(f.message);
            groups.add([f.kind, f.guard ?? '', template].join('\u0000'), f.loc, () => ({
                kind: f.kind,
                guard: f.guard,
                template,
                message: redact(f.message.split('\n')[0]).slice(0, 300),
            }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                title: labelingFailure.title({ kind: g.kind, guard: g.guard }, g.count, 1),
                key: { kind: g.kind, guard: g.guard, template: g.template },
                count: g.count,
                details: { kind: g.kind, guard: g.guard, error: g.message },
                evidence: g.evidence,
            });
        }
        return out;
    },
    title: (d, count) => `${KIND_LABEL[d.kind] ?? String(d.kind)} failed${typeof d.guard === 'string' && d.guard ? ` for guard ${code(d.guard)}` : ''} (${count}×)`,
};

;// CONCATENATED MODULE: ./src/rules/guard-lookup-failed.ts
// guard-lookup-failed: a guard's enrichment lookups through the host's `call_backend` failed (`<<< call_backend
// FAILED`), so it labelled on less information: without a collaborator permission it falls back to
// `author_association`, and a failed repository visibility lookup counts as private.


/**
 * The reason as the report says it. The gateway's `no GitHub token available` is reworded: a report redacts
 * `token ⟨word⟩` as a possible secret.
 */
function reasonText(reason, code) {
    if (reason === null)
        return `code ${code ?? '?'}, no reason logged`;
    if (/^no GitHub token available\b/.test(reason))
        return 'the gateway had no GitHub token';
    return reason;
}
/** Entries of a count map, most frequent first. */
function ranked(m) {
    return Object.entries(m).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
const guardLookupFailed = {
    meta: {
        id: 'guard-lookup-failed',
        defaultSeverity: 'warning',
        title: 'Guard labelled on less information (lookups failed)',
        why: "The guard could not look up what it labels with (a user's collaborator permission, a repository's visibility): it fell back to `author_association` and treated repositories of unknown visibility as private, so items a maintainer would have let through may have been filtered, and the filtering of that run rests on coarser labels.",
        fix: 'Read the reason: without a GitHub token the gateway skips permission lookups (give the gateway a token, e.g. `GITHUB_MCP_SERVER_TOKEN`); rate limits or backend errors fail visibility lookups. Review the items filtered in the run.',
    },
    check({ view, run }) {
        const failures = view.of('GuardLookupFailed');
        if (failures.length === 0)
            return [];
        const filtered = view.filteredItems;
        const byGuard = new FindingGroups();
        for (const f of failures) {
            const g = byGuard.add(f.guard, f.loc, () => ({ byTool: {}, reasons: {} }));
            bump(g.byTool, f.tool ?? '(unknown lookup)');
            bump(g.reasons, reasonText(f.reason, f.code));
        }
        const out = [];
        for (const [guard, g] of byGuard) {
            const details = {
                guard,
                failed: g.count,
                byTool: g.byTool,
                reasons: g.reasons,
                filteredInRuns: filtered,
                // per run: the failed lookups, and the items that run filtered
                failedByRun: { [run.meta.id]: g.count },
                filteredByRun: { [run.meta.id]: filtered },
            };
            out.push({
                title: guardLookupFailed.title(details, g.count, 1),
                key: { guard },
                count: g.count,
                details,
                evidence: g.evidence,
                recommendation: guardLookupFailed.recommendation(details, g.count, 1),
            });
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const sum = (k) => sumCounts(a[k], b[k]);
        return {
            guard: a.guard,
            failed: num(a.failed) + num(b.failed),
            byTool: sum('byTool'),
            reasons: sum('reasons'),
            filteredInRuns: num(a.filteredInRuns) + num(b.filteredInRuns),
            failedByRun: sum('failedByRun'),
            filteredByRun: sum('filteredByRun'),
        };
    },
    title: (d, _count, runs) => {
        const tools = ranked(asCounts(d.byTool))
            .map(([t, n]) => `${code(t)} ×${n}`)
            .join(', ');
        const reasons = ranked(asCounts(d.reasons))
            .slice(0, 2)
            .map(([r]) => code(r, 120))
            .join(', ');
        const filtered = num(d.filteredInRuns);
        return `Guard ${code(String(d.guard))} labelled on less information: ${num(d.failed)} lookup(s) failed (${tools}; ${reasons}); ${filtered} item(s) filtered in ${runs > 1 ? `those ${runs} runs` : 'that run'}`;
    },
    recommendation: (d) => {
        const reasons = Object.keys(asCounts(d.reasons)).join('\n');
        const steps = [];
        if (/no GitHub token/i.test(reasons))
            steps.push('give the gateway a GitHub token (`GITHUB_MCP_SERVER_TOKEN`, `GITHUB_TOKEN` or `GH_TOKEN` in its environment) so the guard can look up collaborator permissions');
        if (/rate limit/i.test(reasons))
            steps.push('the lookups were rate-limited: spread heavy workflows over time or use a token with a larger budget');
        steps.push('review the items filtered in the run: some may have been filtered only because the guard fell back to `author_association` or treated a repository as private');
        const text = steps.join('; ');
        return text.charAt(0).toUpperCase() + text.slice(1) + '.';
    },
};

;// CONCATENATED MODULE: ./src/rules/unscoped-integrity-tag.ts
// unscoped-integrity-tag: a per-item integrity tag is a bare level instead of `level:scope` (FORMATS.md §8.3).


const BARE = new Set(['approved', 'merged', 'unapproved']);
const unscopedIntegrityTag = {
    meta: {
        id: 'unscoped-integrity-tag',
        defaultSeverity: 'warning',
        title: 'Unscoped integrity tag on a filtered item',
        why: "Per-item integrity tags must carry a scope (`approved:owner/repo`); a bare level cannot be matched against the agent's scoped tags, so the guard labelled the item wrongly.",
        fix: 'Report the tool and item to the guard maintainers; upgrade the gateway (the bare-level labels come from an outdated or broken guard).',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('DifcFiltered')) {
            const bare = (f.integrityTags ?? []).filter((t) => BARE.has(t));
            if (bare.length === 0)
                continue;
            const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
                server: f.server,
                tool: f.tool,
                tags: new Set(),
            }));
            bare.forEach((t) => g.tags.add(t));
        }
        const out = [];
        for (const g of groups.values()) {
            const tags = [...g.tags].sort();
            out.push({
                title: unscopedIntegrityTag.title({ tool: g.tool, tags }, g.count, 1),
                key: { server: g.server, tool: g.tool },
                count: g.count,
                details: { server: g.server, tool: g.tool, tags },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, tags: [...new Set([...tagsOf(a), ...tagsOf(b)])].sort() }),
    title: (d, count) => `Unscoped integrity tag(s) ${tagsOf(d)
        .map((t) => code(t))
        .join(', ')} on ${count} item(s) from ${code(String(d.tool))}`,
};
function tagsOf(d) {
    return Array.isArray(d.tags) ? d.tags.filter((t) => typeof t === 'string') : [];
}

;// CONCATENATED MODULE: ./src/rules/empty-integrity-tags.ts
// empty-integrity-tags: a filtered item carries `null` or empty integrity tags.


const emptyIntegrityTags = {
    meta: {
        id: 'empty-integrity-tags',
        defaultSeverity: 'warning',
        title: 'Filtered item with empty integrity tags',
        why: 'Every labelled item gets at least `none:⟨scope⟩`; `null` means the guard returned no label object and `[]` no integrity at all, so the filter decision rested on a missing label.',
        fix: 'Report the tool and item description to the guard maintainers; check the gateway version.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const f of view.of('DifcFiltered')) {
            if (f.integrityTags !== null && f.integrityTags.length > 0)
                continue;
            // A redacted text copy whose tags could not be read: unknown, not empty (a coverage note says so).
            if (f.unparsed && f.integrityTags === null)
                continue;
            const g = groups.add(`${f.server}\u0000${f.tool}`, f.loc, () => ({
                server: f.server,
                tool: f.tool,
                nulls: 0,
                empty: 0,
            }));
            if (f.integrityTags === null)
                g.nulls++;
            else
                g.empty++;
        }
        const out = [];
        for (const g of groups.values()) {
            const count = g.count;
            out.push({
                title: emptyIntegrityTags.title({ tool: g.tool, null: g.nulls, empty: g.empty }, count, 1),
                key: { server: g.server, tool: g.tool },
                count,
                details: { server: g.server, tool: g.tool, null: g.nulls, empty: g.empty },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, null: num(a.null) + num(b.null), empty: num(a.empty) + num(b.empty) }),
    title: (d, count) => {
        const nulls = num(d.null);
        const empty = num(d.empty);
        return `${count} filtered item(s) from ${code(String(d.tool))} with ${nulls ? '`null`' : ''}${nulls && empty ? ' or ' : ''}${empty ? 'empty' : ''} integrity tags`;
    },
};

;// CONCATENATED MODULE: ./src/rules/strict-blocks.ts
const VIOLATION = /^DIFC policy violation: (\d+) of (\d+) items in response are not accessible/;
/** How many records apart the paired records may be (the gateway writes them back to back). */
const NEAR = 50;
function strictBlocksOf(view) {
    const blocks = view.of('StrictBlock');
    const sameCall = new Set();
    if (blocks.length === 0)
        return { blocks: [], sameCall };
    const errors = view.of('ToolCallError').filter((e) => e.source === 'gateway' && VIOLATION.test(e.error));
    const counts = view.of('FilterCount').filter((c) => c.source === 'gateway');
    const usedErrors = new Set();
    const out = [];
    for (const block of blocks) {
        const { file, line } = block.loc;
        let error = null;
        for (const e of errors) {
            if (usedErrors.has(e) || e.loc.file !== file || e.loc.line <= line || e.loc.line > line + NEAR)
                continue;
            const m = VIOLATION.exec(e.error);
            if (Number(m[1]) !== block.filtered || (block.total !== null && Number(m[2]) !== block.total))
                continue;
            if (!error || e.loc.line < error.loc.line)
                error = e;
        }
        if (error)
            usedErrors.add(error);
        let count = null;
        for (const c of counts) {
            if (sameCall.has(c) || c.loc.file !== file || c.loc.line >= line || c.loc.line < line - NEAR)
                continue;
            if (c.filtered !== block.filtered || (block.total !== null && c.total !== block.total))
                continue;
            if (!count || c.loc.line > count.loc.line)
                count = c;
        }
        if (count)
            sameCall.add(count);
        out.push({ block, tool: error ? error.tool : null });
    }
    return { blocks: out, sameCall };
}

;// CONCATENATED MODULE: ./src/rules/over-filtering.ts



const overFiltering = {
    meta: {
        id: 'over-filtering',
        defaultSeverity: 'warning',
        title: 'Over-filtering',
        why: 'Most of what the agent asked for was removed, so it worked from a near-empty view: either the policy is stricter than the workflow needs, or items are labelled lower than they should be.',
        fix: "Check the filtered items' reasons: if legitimate data is filtered, widen the policy (`repos`, `min-integrity`) or fix the labels; if not, narrow the prompt to what the agent may read.",
    },
    check({ view, config }) {
        const { ratio, minItems } = config.overFiltering;
        const out = [];
        const strict = strictBlocksOf(view);
        const counts = view
            .of('FilterCount')
            .filter((c) => !strict.sameCall.has(c))
            .map((c) => ({ tool: c.tool, filtered: c.filtered, total: c.total, strict: false, loc: c.loc }));
        // A strict block without its total (the proxy's debug line) has no share to measure: summary only.
        for (const s of strict.blocks)
            if (s.block.total !== null)
                counts.push({
                    tool: s.tool,
                    filtered: s.block.filtered,
                    total: s.block.total,
                    strict: true,
                    loc: s.block.loc,
                });
        const byTool = new FindingGroups();
        for (const c of counts) {
            if (c.total < minItems || c.filtered / c.total < ratio)
                continue;
            const tool = c.tool ?? '(gateway call)';
            const g = byTool.add(tool, c.loc, () => ({ filtered: 0, total: 0, strictBlocks: 0 }));
            g.filtered += c.filtered;
            g.total += c.total;
            if (c.strict)
                g.strictBlocks++;
        }
        for (const [tool, g] of byTool) {
            const details = { tool, filtered: g.filtered, total: g.total, calls: g.count };
            if (g.strictBlocks > 0)
                details.strictBlocks = g.strictBlocks;
            out.push({
                title: overFiltering.title(details, g.count, 1),
                key: { tool, scope: 'call' },
                count: g.count,
                details,
                evidence: g.evidence,
            });
        }
        if (byTool.size === 0 && counts.length > 0) {
            const filtered = counts.reduce((a, c) => a + c.filtered, 0);
            const total = counts.reduce((a, c) => a + c.total, 0);
            if (total >= minItems && filtered / total >= ratio) {
                const details = { tool: null, filtered, total, calls: counts.length };
                const strictBlocks = counts.filter((c) => c.strict).length;
                if (strictBlocks > 0)
                    details.strictBlocks = strictBlocks;
                out.push({
                    title: overFiltering.title(details, counts.length, 1),
                    key: { tool: '*', scope: 'run' },
                    count: counts.length,
                    details,
                    evidence: counts.slice(0, 3).map((c) => c.loc),
                });
            }
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const out = { ...a };
        for (const k of ['filtered', 'total', 'calls', 'strictBlocks']) {
            if (typeof a[k] === 'number' || typeof b[k] === 'number')
                out[k] = num(a[k]) + num(b[k]);
        }
        return out;
    },
    title: (d, _count, runs) => {
        const strict = num(d.strictBlocks);
        const tail = strict > 0 ? `; strict mode withheld ${strict} whole response(s)` : '';
        if (typeof d.tool !== 'string')
            return `${runs > 1 ? `${runs} runs` : 'Run'} filtered ${num(d.filtered)} of ${num(d.total)} items${tail}`;
        return `${code(d.tool)}: ${num(d.filtered)} of ${num(d.total)} items filtered in ${num(d.calls)} call(s)${tail}`;
    },
};

;// CONCATENATED MODULE: ./src/rules/difc-not-enforced.ts
// difc-not-enforced: a GitHub MCP server received tool calls unguarded, with no guard policy for it.



const difcNotEnforced = {
    meta: {
        id: 'difc-not-enforced',
        defaultSeverity: 'warning',
        title: 'DIFC not enforced for a GitHub MCP server',
        why: 'The GitHub MCP server answered tool calls with no guard in the path: nothing was filtered by integrity or secrecy. gh-aw applies `min-integrity: approved` automatically to public repositories, so on a gateway with guards this means the policy did not reach the gateway.',
        fix: "Set `tools.github.min-integrity` (and `repos`) in the workflow frontmatter, recompile the lock file, and check that the gateway logs `Guard policy:` and `Registered guard 'github'`.",
    },
    check({ view, run, config }) {
        const out = [];
        const disabled = view.enforcementDisabled;
        const candidates = new Set();
        for (const s of view.servers.keys())
            if (view.isGitHubServer(s))
                candidates.add(s);
        for (const c of view.of('BackendToolCall'))
            if (view.isGitHubServer(c.server))
                candidates.add(c.server);
        for (const s of view.attribution.knownServers)
            if (view.isGitHubServer(s))
                candidates.add(s);
        // Calls that could have reached a server the logs never name: that server may be the GitHub one.
        if (view.attribution.callsTo(UNNAMED_SERVER).count > 0)
            candidates.add(UNNAMED_SERVER);
        for (const server of candidates) {
            const state = view.servers.get(server);
            if (state?.policy)
                continue; // with a policy it is guard-bypass
            const guard = view.guardOf(server);
            const unguarded = guard === 'noop' || disabled !== null;
            if (!unguarded)
                continue;
            const calls = view.toolCallsTo(server);
            if (calls.count === 0)
                continue;
            const hasGuards = view.gatewayHasGuards;
            const isPrivate = run.repositoryPrivate === true || config.repositoryVisibility === 'private';
            const version = view.gatewayVersion;
            let severity = 'warning';
            let note;
            if (!hasGuards) {
                severity = 'info';
                note = `gateway ${code(version ?? 'version unknown')} predates WASM guards (v0.1.8): not guarded, not a bypass`;
            }
            else if (isPrivate) {
                severity = 'info';
                note = 'private repository: gh-aw applies no automatic integrity policy';
            }
            else {
                note = 'zero DIFC activity where filtering should exist';
            }
            const evidence = [state?.registered?.loc ?? disabled?.loc].filter((l) => !!l);
            if (calls.first)
                evidence.push(calls.first);
            const inferred = inferredParts(calls, view);
            out.push({
                title: difcNotEnforced.title({ server, note, ...inferred?.details }, calls.count, 1),
                key: {
                    server,
                    variant: severity === 'warning' ? 'unguarded' : !hasGuards ? 'pre-guard-gateway' : 'private-repository',
                },
                count: calls.count,
                details: {
                    server,
                    reason: guard === 'noop' ? "registered guard 'noop'" : 'guards enforcement disabled',
                    gatewayVersion: version,
                    toolCalls: calls.count,
                    note,
                    ...inferred?.details,
                },
                evidence,
                severity,
                recommendation: [
                    inferred?.recommendation,
                    severity === 'info' && !hasGuards
                        ? 'Upgrade the gh-aw compiler (and so the gateway) to get integrity filtering; nothing to fix in this run.'
                        : inferred
                            ? difcNotEnforced.meta.fix
                            : undefined,
                ]
                    .filter((x) => x)
                    .join(' ') || undefined,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => {
        const merged = { ...a, toolCalls: num(a.toolCalls) + num(b.toolCalls) };
        const inferred = num(a.inferredToolCalls) + num(b.inferredToolCalls);
        if (inferred > 0)
            Object.assign(merged, {
                attribution: 'inferred',
                inferredToolCalls: inferred,
                attributionNote: a.attributionNote ?? b.attributionNote,
            });
        return merged;
    },
    title: (d, count) => {
        const subject = d.server === UNNAMED_SERVER
            ? 'A server the logs do not name (possibly the GitHub MCP server)'
            : code(String(d.server));
        const inferred = num(d.inferredToolCalls);
        const suffix = d.attribution !== 'inferred'
            ? ''
            : inferred >= count
                ? ' (server of the calls inferred)'
                : ' (server of some calls inferred)';
        return `${subject} ran unguarded for ${count} tool call(s): ${String(d.note)}${suffix}`;
    },
};

;// CONCATENATED MODULE: ./src/rules/direct-api-bypass.ts
// direct-api-bypass: the firewall denied the agent direct access to GitHub or an AI service, instead of going
// through the gateway. Evidence is a firewall decision only, never a hostname in a log payload.


const directApiBypass = {
    meta: {
        id: 'direct-api-bypass',
        defaultSeverity: 'warning',
        title: 'Direct API bypass attempt',
        why: 'The agent tried to reach GitHub or an AI service directly (curl, fetch, an SDK) instead of through the MCP gateway, where integrity filtering happens. The firewall stopped it this time; the prompt or the tools let it try.',
        fix: 'Restrict the agent to MCP tools in the prompt (see gh-aw `shared/mcp-api-routing.md`), use `tools.github` (the integrity proxy is built in since gh-aw v0.67.0), and do not add these domains to `network.allowed`.',
        perRun: true,
    },
    check({ run, config }) {
        const fw = run.firewall;
        if (!fw)
            return [];
        const domains = [...fw.domains.values()]
            .filter((d) => d.blocked > 0 && isBypassDomain(d.host) && !isExpected(d.host, config.expectedDomains))
            .sort((a, b) => b.blocked - a.blocked || a.host.localeCompare(b.host));
        if (domains.length === 0)
            return [];
        const blocks = domains.reduce((a, d) => a + d.blocked, 0);
        return [
            {
                title: `Direct access to ${domains.map((d) => code(d.host)).join(', ')} blocked ${blocks} time(s)`,
                key: { domains: domains.map((d) => d.host).join(',') },
                count: blocks,
                details: {
                    domains: domains.map((d) => ({ domain: d.host, blocks: d.blocked, ports: d.ports })),
                    source: fw.source,
                    likelyCause: 'the agent made direct network calls (e.g. curl or an SDK) instead of using the MCP tools',
                },
                evidence: domains
                    .slice(0, 5)
                    .map((d) => fw.firstBlock.get(d.host))
                    .filter(Boolean),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/unlabeled-passthrough.ts
// unlabeled-passthrough: the proxy forwarded an unrecognised REST endpoint with empty labels (unfiltered).


/** `/repos/octo/app/actions/caches/12` → `/repos/{owner}/{repo}/actions/caches/{n}` */
function endpointTemplate(path) {
    return path
        .replace(/^\/repos\/[^/]+\/[^/]+/, '/repos/{owner}/{repo}')
        .replace(/^\/(orgs|users)\/[^/]+/, '/$1/{name}')
        .replace(/\/\d+(?=\/|$)/g, '/{n}');
}
const unlabeledPassthrough = {
    meta: {
        id: 'unlabeled-passthrough',
        defaultSeverity: 'warning',
        title: 'Unrecognised REST endpoint forwarded unfiltered',
        why: 'The DIFC proxy did not know the endpoint, so it forwarded the request with no integrity and no secrecy labels: whatever it returned reached the pre-agent step unfiltered.',
        fix: 'Ask the gateway maintainers to add the endpoint to the proxy route table, or avoid calling it in pre-agent `gh` steps.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of view.of('UnrecognizedEndpoint')) {
            const template = endpointTemplate(e.path);
            groups.add(`${e.method} ${template}`, e.loc, () => ({ method: e.method, template }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                title: unlabeledPassthrough.title({ method: g.method, endpoint: g.template }, g.count, 1),
                key: { method: g.method, endpoint: g.template },
                count: g.count,
                details: { method: g.method, endpoint: g.template },
                evidence: g.evidence,
            });
        }
        return out;
    },
    title: (d, count) => `${code(`${String(d.method)} ${String(d.endpoint)}`)} forwarded with empty labels (${count}×)`,
};

;// CONCATENATED MODULE: ./src/rules/gateway-error.ts
// gateway-error: backend connection/startup failures, configuration and environment validation, mount-policy
// violations, incomplete tool registration, Go panics; grouped by message template.


/** The launch error of a mount-policy violation, as it recurs in that server's failure lines (§7.7). */
const MOUNT_CAUSE = /mount "[^"]*" rejected|container option "[^"]*" rejected by mount policy|invalid mount declaration/;
/**
 * Since 2026-08-07 a startup `Failed to register tools` is not final for a routed `type: http` backend: later requests
 * retry, and a success rewrites tools.json. A backend that tools.json lists with tools, or that received tool calls,
 * registered after all.
 */
function registeredLater(view, server) {
    if ((view.run.tools?.get(server)?.size ?? 0) > 0)
        return true;
    return view.of('BackendToolCall').some((c) => c.server === server);
}
/**
 * The failures of a routed HTTP backend's registration, at startup and at each retry (the retries repeat the
 * connection failures, seen on v0.4.10): not final while the backend may still register.
 */
const LATE_REGISTRATION = new Set([
    'Failed to register tools',
    'All HTTP transports failed',
    'Failed to create HTTP connection',
]);
/** `Tool registration incomplete: %d of %d backends failed: [a b] — …`: the servers, when listed. */
function incompleteServers(message) {
    const m = /backends failed: \[([^\]]*)\]/.exec(message);
    if (!m)
        return null;
    const names = m[1].split(/[\s,]+/).filter((x) => /^[\w.-]+$/.test(x));
    return names.length > 0 ? names : null;
}
/** The gateway errors that stand as failures (recovered and repeated ones dropped, see above). */
function standing(view) {
    const all = view.of('GatewayError');
    const mountServers = new Set(all.filter((e) => e.template === 'Mount policy violation').map((e) => e.server ?? null));
    const register = all.filter((e) => e.template === 'Failed to register tools');
    const recovered = (e) => !!e.server && registeredLater(view, e.server);
    const allRecovered = register.length > 0 && register.every(recovered);
    return all.filter((e) => {
        if (LATE_REGISTRATION.has(e.template) && recovered(e))
            return false;
        if (e.template === 'Tool registration incomplete') {
            const listed = incompleteServers(e.message);
            // Every backend it lists registered later, or failed on the mount policy (that violation is the finding).
            const explained = (s) => registeredLater(view, s) || mountServers.has(s);
            if (listed ? listed.every(explained) : allRecovered)
                return false;
        }
        // The violation is the failure; its launch error repeated in the server's other failure lines is the same one.
        if (e.template !== 'Mount policy violation' &&
            MOUNT_CAUSE.test(e.message) &&
            mountServers.size > 0 &&
            (!e.server || mountServers.has(e.server) || mountServers.has(null)))
            return false;
        return true;
    });
}
const gatewayError = {
    meta: {
        id: 'gateway-error',
        defaultSeverity: 'warning',
        title: 'Gateway error',
        why: 'The gateway or one of its backends failed: the agent may have run without some MCP tools, or the gateway crashed mid-run.',
        fix: 'Read the error in the evidence: backend start failures point to the MCP server image or its token; configuration errors to the compiled lock file; panics should be reported to github/gh-aw-mcpg.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of standing(view)) {
            const g = groups.add(e.template, e.loc, () => ({
                message: redact(e.message.split('\n')[0]).slice(0, 300),
                servers: new Set(),
            }));
            if (e.server)
                g.servers.add(e.server);
        }
        const notReady = view.of('BackendNotReady');
        const out = [];
        for (const [template, g] of groups) {
            const details = { template, message: g.message };
            // Requests refused with 503 while a late-registering HTTP backend was still unregistered (§7.7).
            if (template === 'Failed to register tools') {
                const n = notReady.filter((r) => r.server === null || g.servers.has(r.server)).length;
                if (n > 0)
                    details.notReadyRequests = n;
            }
            out.push({
                title: gatewayError.title({ template }, g.count, 1),
                key: { template },
                count: g.count,
                details,
                evidence: g.evidence,
            });
        }
        return out;
    },
    title: (d, count) => `${String(d.template)} (${count}×)`,
};

;// CONCATENATED MODULE: ./src/rules/backend-lost.ts

/** The error of a call on a connection to a backend that is gone (go-sdk `ErrConnectionClosed`, a closed pipe). */
function isConnectionLost(error) {
    return /^connection closed\b|^(?:calling "[^"]*": )?client is closing\b|\bbroken pipe\b|\bfile already closed\b/.test(error);
}
const backendLost = {
    meta: {
        id: 'backend-lost',
        defaultSeverity: 'warning',
        title: 'MCP backend lost mid-session',
        why: "The server's backend process exited while the agent was using it; the gateway neither logged the exit nor relaunched it, so every later call to that server failed and the agent worked without those tools for the rest of the run.",
        fix: "Read the backend's last `[stderr]` lines in the gateway log (a crash, an out-of-memory kill, a token that expired); fix the backend or its configuration and rerun. The failed calls are what the agent lost.",
        perRun: true,
    },
    check({ view }) {
        const lostErrors = view
            .of('ToolCallError')
            .filter((e) => e.source === 'gateway' && isConnectionLost(e.error));
        const failures = view.of('BackendCallFailed').filter((f) => isConnectionLost(f.error));
        const byServer = new Map();
        if (failures.length > 0) {
            for (const f of failures) {
                let g = byServer.get(f.server);
                if (!g)
                    byServer.set(f.server, (g = { server: f.server, failed: [], error: f.error, callsBefore: 0 }));
                g.failed.push(f.loc);
            }
            for (const g of byServer.values())
                g.callsBefore = servedBefore(view.of('BackendToolCall'), g);
        }
        else {
            // Neither the JSONL nor the RPC debug lines: the client error records, by the server of their tool.
            for (const e of lostErrors) {
                const server = view.serverOfTool(e.tool) ?? '(unknown server)';
                let g = byServer.get(server);
                if (!g)
                    byServer.set(server, (g = { server, failed: [], error: e.error, callsBefore: 0 }));
                g.failed.push(e.loc);
            }
            for (const g of byServer.values()) {
                const first = g.failed[0];
                g.callsBefore = [...view.of('ToolCallResponse'), ...view.of('ToolCallError')].filter((c) => c.loc.file === first.file &&
                    c.loc.line < first.line &&
                    (g.server === '(unknown server)' || view.serverOfTool(c.tool) === g.server)).length;
            }
        }
        const out = [];
        for (const g of byServer.values()) {
            const failedTools = {};
            for (const e of lostErrors) {
                const server = view.serverOfTool(e.tool);
                if (byServer.size === 1 || server === g.server)
                    failedTools[e.tool] = (failedTools[e.tool] ?? 0) + 1;
            }
            const details = {
                server: g.server,
                callsBefore: g.callsBefore,
                failedAfter: g.failed.length,
                error: redact(g.error.split('\n')[0]).slice(0, 200),
            };
            if (Object.keys(failedTools).length > 0)
                details.failedTools = failedTools;
            out.push({
                title: backendLost.title(details, g.failed.length, 1),
                key: { server: g.server },
                count: g.failed.length,
                details,
                evidence: g.failed.slice(0, 3),
            });
        }
        return out;
    },
    title: (d, count) => `Backend of ${code(String(d.server))} lost after serving ${typeof d.callsBefore === 'number' ? d.callsBefore : '?'} call(s); ${count} later call(s) failed (${code(String(d.error), 80)})`,
};
/** Backend `tools/call` requests of the server before its first lost call, without that call's own request. */
function servedBefore(calls, g) {
    const first = g.failed[0];
    const before = calls.filter((c) => c.server === g.server && c.loc.file === first.file && c.loc.line < first.line);
    return Math.max(0, before.length - 1);
}

;// CONCATENATED MODULE: ./src/rules/firewall-block.ts
// firewall-block: other denied destinations (expected blocks, or a missing `network.allowed` entry).


const firewallBlock = {
    meta: {
        id: 'firewall-block',
        defaultSeverity: 'info',
        title: 'Firewall blocked a destination',
        why: 'The agent firewall denied requests to a destination outside the allowlist. Usually expected (telemetry, optional services); a destination the workflow needs is a missing `network.allowed` entry.',
        fix: "If the workflow needs the destination, add it to `network.allowed` in the frontmatter; if it is expected, list it in the config's `expectedDomains` to silence this note.",
    },
    check({ run, config }) {
        const fw = run.firewall;
        if (!fw)
            return [];
        const out = [];
        for (const d of fw.domains.values()) {
            if (d.blocked === 0 || isBypassDomain(d.host) || isExpected(d.host, config.expectedDomains))
                continue;
            const loc = fw.firstBlock.get(d.host);
            out.push({
                title: `${code(d.host)} blocked`,
                key: { domain: d.host },
                count: d.blocked,
                details: {
                    domains: [
                        {
                            domain: d.host,
                            blocks: d.blocked,
                            ports: d.ports,
                            ...(d.reasons.length ? { reasons: d.reasons } : {}),
                        },
                    ],
                    source: fw.source,
                },
                evidence: loc ? [loc] : [],
            });
        }
        return out;
    },
    mergeDetails(a, b) {
        const [da] = a.domains;
        const [db] = b.domains;
        const merged = {
            ...da,
            blocks: da.blocks + db.blocks,
            ports: [...new Set([...da.ports, ...db.ports])],
        };
        if (da.reasons || db.reasons)
            merged.reasons = [...new Set([...(da.reasons ?? []), ...(db.reasons ?? [])])];
        return { ...a, domains: [merged] };
    },
};

;// CONCATENATED MODULE: ./src/rules/activation-rate-limit.ts
// activation-rate-limit: the activation job failed with `API rate limit exceeded for installation`, so the agent
// never ran. Findings of one workflow merge across runs; repeated ones recommend staggering its cron.

const activationRateLimit = {
    meta: {
        id: 'activation-rate-limit',
        defaultSeverity: 'info',
        title: 'Activation job hit the installation rate limit',
        why: "The run's GITHUB_TOKEN shares 1,000 requests/hour with every run in the repository; when it is exhausted the activation job fails and the agent is never invoked, so no MCP traffic and no filtering happened.",
        fix: 'Nothing to fix in the integrity layer. If the same workflow is rate-limited repeatedly, stagger its scheduled cron time away from other agentic workflows.',
    },
    check({ run }) {
        if (!run.activationRateLimit)
            return [];
        const workflow = run.meta.workflow ?? run.meta.workflowPath ?? '(unknown workflow)';
        return [
            {
                title: activationRateLimit.title({ workflow }, 1, 1),
                key: { workflow },
                count: 1,
                details: { workflow },
                evidence: [run.activationRateLimit],
            },
        ];
    },
    // One finding per run: merged ones count the runs.
    mergeDetails: (a, b) => ({ ...a, repeated: repeatedOf(a) + repeatedOf(b) }),
    title: (d, _count, runs) => `${code(String(d.workflow))}: activation job rate-limited${runs > 1 ? ` in ${runs} runs` : ''} (agent not invoked)`,
    recommendation: (_d, _count, runs) => runs > 1
        ? `The same workflow was rate-limited in ${runs} runs: stagger its scheduled cron time away from the other agentic workflows of the repository.`
        : undefined,
};
function repeatedOf(d) {
    return typeof d.repeated === 'number' ? d.repeated : 1;
}

;// CONCATENATED MODULE: ./src/rules/agent-not-invoked.ts
const agentNotInvoked = {
    meta: {
        id: 'agent-not-invoked',
        defaultSeverity: 'info',
        title: 'Agent not invoked',
        why: 'The run ended before the agent made any MCP call (early exit, skipped agent job, engine failure), so there was nothing to filter.',
        fix: "Check the run's activation and agent jobs if this was unexpected.",
    },
    check({ run, facts }) {
        if (facts.agentInvoked !== false || run.activationRateLimit)
            return [];
        const agentJob = run.meta.jobs?.find((j) => j.name === 'agent');
        const reason = run.meta.jobs
            ? !agentJob
                ? 'no agent job'
                : agentJob.conclusion === 'skipped'
                    ? 'agent job skipped'
                    : 'agent produced no output and made no tool call'
            : 'agent produced no output and made no tool call';
        return [
            { title: `Agent not invoked: ${reason}`, key: { reason }, count: 1, details: { reason }, evidence: [] },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/upstream-rate-limit.ts

const LABEL = {
    upstream: 'GitHub rate limit hit through the proxy',
    backend: 'rate-limited tool results',
    'circuit-breaker': 'rate-limit circuit breaker opened',
    'guard-lookup': "guard's repository visibility lookups rate-limited",
    'circuit-breaker-probe': 'rate-limit circuit breaker released a stranded HALF-OPEN probe',
};
const upstreamRateLimit = {
    meta: {
        id: 'upstream-rate-limit',
        defaultSeverity: 'info',
        title: 'Upstream rate limit',
        why: "GitHub rate-limited the MCP server, the proxy or the guard's own lookups: tool calls were refused or labels may be coarser than usual.",
        fix: 'Infrastructure, not integrity: spread heavy workflows over time or use a token with a larger budget.',
    },
    check({ view }) {
        const groups = new FindingGroups();
        // Calls the breaker refused (`… is OPEN|HALF-OPEN for server %q`, §7.6) are the same fact as its opening; they
        // stand for it only when no OPENED record of that server was logged.
        const opened = new Set(view
            .of('RateLimit')
            .filter((e) => e.kind === 'circuit-breaker')
            .map((e) => e.server));
        const implied = new Map();
        for (const r of view.of('CircuitBreakerRejection'))
            if (!opened.has(r.server) && !implied.has(r.server))
                implied.set(r.server, { type: 'RateLimit', kind: 'circuit-breaker', server: r.server, loc: r.loc });
        for (const e of [...view.of('RateLimit'), ...implied.values()]) {
            const g = groups.add(e.kind, e.loc, () => ({ servers: new Set() }));
            if (e.server)
                g.servers.add(e.server);
        }
        const out = [];
        for (const [kind, g] of groups) {
            out.push({
                title: upstreamRateLimit.title({ kind }, g.count, 1),
                key: { kind },
                count: g.count,
                details: { kind, servers: [...g.servers] },
                evidence: g.evidence,
            });
        }
        return out;
    },
    mergeDetails: (a, b) => ({ ...a, servers: union(a.servers, b.servers) }),
    title: (d, count) => `${LABEL[d.kind] ?? String(d.kind)} (${count}×)`,
};
function union(a, b) {
    const list = (v) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
    return [...new Set([...list(a), ...list(b)])];
}

;// CONCATENATED MODULE: ./src/rules/auth-rejected.ts
// auth-rejected: gateway authentication rejections (the `path=/close` rejection at shutdown is noise).


const authRejected = {
    meta: {
        id: 'auth-rejected',
        defaultSeverity: 'info',
        title: 'Gateway rejected requests',
        why: 'The gateway refused requests for authentication reasons while the agent ran: the agent may not have been able to use that server.',
        fix: "Check that the agent's MCP configuration carries the gateway API key (gh-aw sets it); repeated rejections on `/mcp/⟨server⟩` mean that server was unusable.",
    },
    check({ view }) {
        const groups = new FindingGroups();
        for (const e of view.of('AuthRejected')) {
            if (e.shutdownNoise)
                continue;
            groups.add(`${e.reason}\u0000${e.path}`, e.loc, () => ({ reason: e.reason, path: e.path }));
        }
        const out = [];
        for (const g of groups.values()) {
            out.push({
                title: authRejected.title({ reason: g.reason, path: g.path }, g.count, 1),
                key: { reason: g.reason, path: g.path },
                count: g.count,
                details: { reason: g.reason, path: g.path },
                evidence: g.evidence,
            });
        }
        return out;
    },
    title: (d, count) => `${code(String(d.reason))} on ${code(String(d.path))} (${count}×)`,
};

;// CONCATENATED MODULE: ./src/rules/evidence-missing.ts
// evidence-missing: a run's artifacts were expired, missing, refused or unreadable, so it was not (fully) audited.

const evidenceMissing = {
    meta: {
        id: 'evidence-missing',
        defaultSeverity: 'info',
        title: 'Evidence missing',
        why: "Part or all of the run's evidence could not be read, so the audit cannot vouch for it: a missing finding here is not a clean result.",
        fix: 'Audit runs within the artifact retention period (the `activation` artifact is kept 1 day), and check the notes for refused or unreadable archives.',
    },
    check({ run, facts }) {
        if (facts.coverage === 'full')
            return [];
        if (run.activationRateLimit || facts.agentInvoked === false)
            return [];
        const partial = run.notes.filter((n) => n.partial);
        const kind = facts.coverage === 'none' && partial.length === 0 ? 'missing' : (partial[0]?.kind ?? 'unreadable');
        const reasons = partial.length > 0
            ? partial.slice(0, 10).map((n) => `${n.file}: ${n.reason}`)
            : ['no evidence artifact or log file found'];
        return [
            {
                // The note names an archive or file and an error: log text, so it goes in a code span like every value.
                title: `${facts.coverage === 'none' ? 'Run not audited' : 'Run partially audited'}: ${code(reasons[0], 200)}`,
                key: { coverage: facts.coverage, kind },
                count: 1,
                details: { coverage: facts.coverage, kind, notes: reasons },
                evidence: [],
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/rules/difc-filtering-summary.ts
// difc-filtering-summary: normal filtering: how many items were filtered, by server, tool and reason; and the
// strict-mode blocks (whole responses withheld because some of their items violate the policy), by tool and run.



function reasonClass(reason) {
    if (/has lower integrity than agent requires/.test(reason))
        return 'integrity';
    if (/has secrecy requirements that agent doesn't meet/.test(reason))
        return 'secrecy';
    if (/lacks required integrity to write|cannot be written to/.test(reason))
        return 'write';
    return 'other';
}
const difcFilteringSummary = {
    meta: {
        id: 'difc-filtering-summary',
        defaultSeverity: 'info',
        title: 'DIFC filtering summary',
        why: 'Items below the policy were removed before they reached the agent (in strict mode, the whole response that held them was withheld): the integrity layer working as intended.',
        fix: 'Nothing to do. Review the reasons if the counts change sharply.',
    },
    check({ view, run }) {
        const items = view.of('DifcFiltered');
        const proxy = view.of('FilterCount').filter((c) => c.source === 'proxy');
        const filtered = view.filteredItems;
        const strict = strictBlocksOf(view).blocks;
        if (filtered === 0 && strict.length === 0)
            return [];
        const byServer = {};
        const byTool = {};
        const byReason = {};
        for (const i of items) {
            bump(byServer, i.server);
            bump(byTool, i.tool || '(unknown)');
            bump(byReason, reasonClass(i.reason));
        }
        for (const c of proxy) {
            if (c.filtered === 0)
                continue;
            bump(byServer, 'proxy', c.filtered);
            bump(byTool, c.tool ?? '(proxy)', c.filtered);
            bump(byReason, 'proxy', c.filtered);
        }
        const details = { filtered, byServer, byTool, byReason };
        let violating = 0;
        if (strict.length > 0) {
            const s = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
            for (const b of strict) {
                s.blocks++;
                s.violating += b.block.filtered;
                s.items = s.items === null || b.block.total === null ? null : s.items + b.block.total;
                bump(s.byTool, b.tool ?? '(unknown tool)');
                bump(s.byRun, run.meta.id);
            }
            violating = s.violating;
            details.strict = s;
        }
        return [
            {
                title: difcFilteringSummary.title(details, filtered + violating, 1),
                key: {},
                count: filtered + violating,
                details,
                evidence: [...items.slice(0, 2).map((i) => i.loc), ...strict.slice(0, 2).map((b) => b.block.loc)],
            },
        ];
    },
    mergeDetails: (a, b) => mergeFilteringDetails(a, b),
    title: (d) => {
        const parts = [];
        const filtered = typeof d.filtered === 'number' ? d.filtered : 0;
        const s = strictOf(d.strict);
        if (filtered > 0 || !s)
            parts.push(`${filtered} item(s) filtered`);
        if (s) {
            const tools = Object.keys(s.byTool)
                .sort()
                .slice(0, 5)
                .map((t) => code(t))
                .join(', ');
            const runs = Object.keys(s.byRun).length;
            parts.push(`strict mode withheld ${s.blocks} whole response(s) of ${tools} (${s.violating}${s.items === null ? '' : ` of ${s.items}`} item(s) violated the policy)${runs > 1 ? ` in ${runs} runs` : ''}`);
        }
        const text = parts.join('; ');
        return text.charAt(0).toUpperCase() + text.slice(1);
    },
};
/** `details.strict` when it has its shape. */
function strictOf(v) {
    if (typeof v !== 'object' || v === null)
        return undefined;
    const s = v;
    const isMap = (m) => typeof m === 'object' && m !== null && !Array.isArray(m);
    return typeof s.blocks === 'number' && typeof s.violating === 'number' && isMap(s.byTool) && isMap(s.byRun)
        ? s
        : undefined;
}
/** Merging across runs: sums the counts and the per-server, per-tool and per-reason maps, and the strict blocks. */
function mergeFilteringDetails(a, b) {
    const out = { filtered: a.filtered + b.filtered };
    for (const k of ['byServer', 'byTool', 'byReason'])
        out[k] = sumCounts(a[k], b[k]);
    const sa = strictOf(a.strict);
    const sb = strictOf(b.strict);
    if (sa || sb) {
        const s = { blocks: 0, violating: 0, items: 0, byTool: {}, byRun: {} };
        for (const x of [sa, sb]) {
            if (!x)
                continue;
            s.blocks += x.blocks;
            s.violating += x.violating;
            s.items = s.items === null || x.items === null ? null : s.items + x.items;
            s.byTool = sumCounts(s.byTool, x.byTool);
            s.byRun = sumCounts(s.byRun, x.byRun);
        }
        out.strict = s;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/index.ts





















const RULES = [
    guardBypass,
    proxyFailOpen,
    scopeViolation,
    wasmGuardTrap,
    labelingFailure,
    guardLookupFailed,
    unscopedIntegrityTag,
    emptyIntegrityTags,
    overFiltering,
    difcNotEnforced,
    directApiBypass,
    unlabeledPassthrough,
    gatewayError,
    backendLost,
    firewallBlock,
    activationRateLimit,
    agentNotInvoked,
    upstreamRateLimit,
    authRejected,
    evidenceMissing,
    difcFilteringSummary,
];
const RULE_IDS = RULES.map((r) => r.meta.id);
function ruleById(id) {
    return RULES.find((r) => r.meta.id === id);
}

;// CONCATENATED MODULE: ./src/engine/sources.ts
/**
 * Filtered items and backend tool calls are counted from the JSONL when it exists, else from the text log. When the
 * gateway reported that the JSONL is incomplete (`WARNING: … JSONL …` in stderr.log), the JSONL can undercount: the
 * text log is taken instead when it holds more of that fact (still one source), and counts that stay with the JSONL
 * are lower bounds (a partial-coverage note here; `details.lowerBound` on the findings, see lowerBoundRules).
 */
function jsonlSources(jsonlFiles, jsonl, text, stderr) {
    const warnings = stderr.filter((e) => e.type === 'JsonlWriterWarning');
    const incomplete = jsonlFiles.length > 0 && warnings.length > 0;
    const count = (list, type) => list.filter((e) => e.type === type).length;
    const chosen = new Map();
    for (const type of ['DifcFiltered', 'BackendToolCall'])
        chosen.set(type, jsonlFiles.length === 0 || (incomplete && count(text, type) > count(jsonl, type)));
    const notes = [];
    if (incomplete) {
        const taken = [...chosen].filter(([, t]) => t).map(([type]) => sources_LABEL[type]);
        notes.push({
            file: jsonlFiles[0],
            reason: `incomplete: the gateway reported ${warnings.length} JSONL writer warning(s) in ${warnings[0].loc.file} ` +
                `(records dropped or not written, e.g. line ${warnings[0].loc.line}), so counts taken from it are lower bounds` +
                (taken.length > 0 ? `; ${taken.join(' and ')} counted from the text log instead` : ''),
            partial: true,
            kind: 'incomplete',
        });
    }
    return { fromText: (type) => chosen.get(type) ?? false, notes };
}
const sources_LABEL = {
    DifcFiltered: 'filtered items',
    BackendToolCall: 'backend tool calls',
};
/** Redacted text lines that could not be read whole: what they hid is said, and fails coverage when it matters. */
function redactionNotes(events) {
    const notes = [];
    const results = events.filter((e) => e.type === 'ToolCallResponse' && e.unparsed);
    if (results.length > 0) {
        // Only a policy with a repository list makes the scope check apply to these results.
        const scoped = events.some((e) => e.type === 'GuardPolicy' && Array.isArray(e.repos));
        notes.push({
            file: results[0].loc.file,
            reason: `${results.length} post-filter tool result(s) are not valid JSON (redacted lines, e.g. line ${results[0].loc.line}), so they were not checked for out-of-scope repositories`,
            partial: scoped,
            kind: 'incomplete',
        });
    }
    const items = events.filter((e) => e.type === 'DifcFiltered' && e.unparsed);
    if (items.length > 0) {
        const untagged = items.filter((e) => e.type === 'DifcFiltered' && e.integrityTags === null).length;
        notes.push({
            file: items[0].loc.file,
            reason: `${items.length} [DIFC-FILTERED] line(s) are not valid JSON (redacted, e.g. line ${items[0].loc.line}): counted, fields read one by one` +
                (untagged > 0 ? `; the integrity tags of ${untagged} could not be read and were not checked` : ''),
            partial: untagged > 0,
            kind: 'incomplete',
        });
    }
    return notes;
}
/**
 * Rules whose counts come from these events: when the run's JSONL is incomplete and some of these events came from
 * it, the finding's count is a lower bound (`details.lowerBound: true`).
 */
const LOWER_BOUND_RULES = {
    'difc-filtering-summary': ['DifcFiltered'],
    'empty-integrity-tags': ['DifcFiltered'],
    'unscoped-integrity-tag': ['DifcFiltered'],
    'unlabeled-passthrough': ['UnrecognizedEndpoint'],
    'guard-bypass': ['BackendToolCall'],
    'difc-not-enforced': ['BackendToolCall'],
};
/** The JSONL-sourced event types of a run whose JSONL is incomplete (empty when it is complete or absent). */
function lowerBoundTypes(events) {
    if (!events.some((e) => e.type === 'JsonlWriterWarning'))
        return new Set();
    const types = new Set();
    for (const e of events)
        if ('source' in e && e.source === 'jsonl')
            types.add(e.type);
    return types;
}
/** Marks the findings whose counts rest on an incomplete JSONL (see LOWER_BOUND_RULES). */
function markLowerBounds(events, findings) {
    const types = lowerBoundTypes(events);
    if (types.size === 0)
        return;
    for (const f of findings) {
        const uses = LOWER_BOUND_RULES[f.rule];
        if (uses?.some((t) => types.has(t)))
            f.details = { ...f.details, lowerBound: true };
    }
}

;// CONCATENATED MODULE: ./src/engine/unread-lines.ts
/** The note's `file`: what could not be read, not a file that failed to read (the note names the file). */
const UNREAD_GUARD_STATE = 'guard state';
function unreadLineNotes(view) {
    const notes = [];
    if (view.enforcementDisabled)
        return notes; // the gateway said why nothing is guarded: guard-bypass reads it
    for (const s of view.servers.values()) {
        if (!s.policy || s.registered !== null || s.loadFailures.length > 0)
            continue;
        // The DIFC proxy logs no `Guard policy:` line of its own (FORMATS.md §7.2): only the gateway's count.
        if (/(^|\/)proxy\.log$/.test(s.policy.loc.file))
            continue;
        if (view.toolCallsTo(s.server).count === 0)
            continue;
        notes.push({
            file: UNREAD_GUARD_STATE,
            reason: `${s.policy.loc.file} line ${s.policy.loc.line} sets a guard policy for \`${s.server}\`, which received ` +
                `tool calls, but no guard registration or load failure line for it was read: which guard ran is unknown ` +
                `(has the gateway's log wording changed?)`,
            partial: true,
        });
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/engine/analyze.ts





function agentInvokedOf(run, view) {
    if (view.of('ToolCallRequest').length > 0 || view.of('BackendToolCall').length > 0)
        return true;
    if (run.agentStdio?.nonEmpty)
        return true;
    if (run.activationRateLimit)
        return false;
    const jobs = run.meta.jobs;
    if (jobs && jobs.length > 0) {
        const agent = jobs.find((j) => j.name === 'agent');
        if (!agent || agent.conclusion === 'skipped')
            return false;
    }
    if (run.agentStdio?.present && !run.agentStdio.nonEmpty)
        return false;
    return null;
}
function coverageOf(run) {
    if (!run.hasArtifacts || run.files.length === 0)
        return 'none';
    return run.notes.some((n) => n.partial) ? 'partial' : 'full';
}
function analyzeRun(run, config) {
    const view = new RunView(run);
    run.notes.push(...unreadLineNotes(view));
    const agentInvoked = agentInvokedOf(run, view);
    const coverage = coverageOf(run);
    const findings = [];
    for (const rule of RULES) {
        const setting = config.rules[rule.meta.id];
        if (setting && !setting.enabled)
            continue;
        let outputs;
        try {
            outputs = rule.check({ run, view, config, facts: { agentInvoked, coverage } });
        }
        catch (err) {
            // A rule bug must not hide the rest of the audit: report it as a coverage gap.
            run.notes.push({
                file: `rule ${rule.meta.id}`,
                reason: `rule failed: ${err instanceof Error ? err.message : String(err)}`,
                partial: true,
            });
            continue;
        }
        for (const o of outputs) {
            const severity = setting?.severity ?? o.severity ?? rule.meta.defaultSeverity;
            findings.push({
                rule: rule.meta.id,
                severity,
                title: o.title,
                run: run.meta.id,
                key: o.key,
                count: o.count,
                details: o.details,
                evidence: o.evidence.map((l) => ({
                    run: run.meta.id,
                    file: l.file,
                    line: l.line,
                    excerpt: redact(l.excerpt),
                })),
                recommendation: o.recommendation ?? rule.meta.fix,
            });
        }
    }
    markLowerBounds(run.events, findings);
    const filtered = view.filteredItems;
    const guarded = [...view.servers.values()].some((s) => view.isGitHubServer(s.server) && s.registered !== null && s.registered.guard !== 'noop');
    const status = findings.some((f) => f.severity === 'critical')
        ? 'critical'
        : findings.some((f) => f.severity === 'warning')
            ? 'warning'
            : coverage === 'none'
                ? 'unaudited'
                : 'ok';
    const facts = {
        id: run.meta.id,
        workflow: run.meta.workflow,
        branch: run.meta.branch,
        url: run.meta.url ?? runUrlOf(run.meta.repository, run.meta.id),
        agentInvoked,
        gatewayVersion: view.gatewayVersion,
        difc: { filtered, guarded },
        firewall: { blocked: run.firewall?.blocked ?? 0, total: run.firewall ? run.firewall.total : null },
        status,
        coverage,
    };
    if (run.meta.workflowPath)
        facts.workflowPath = run.meta.workflowPath;
    const notes = run.notes.filter((n) => n.partial).map((n) => `${n.file}: ${n.reason}`);
    if (notes.length > 0)
        facts.coverageNotes = notes.slice(0, 20);
    const skipped = run.notes.filter((n) => !n.partial).map((n) => `${n.file}: ${n.reason}`);
    if (skipped.length > 0)
        facts.evidenceNotes = skipped.slice(0, 20);
    return { facts, findings };
}
/** A run's page from the repository `aw_info.json` names (local logs): github.com, a numeric run id, a plain name. */
function runUrlOf(repository, id) {
    if (!repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^\d{1,20}$/.test(id))
        return null;
    return `https://github.com/${repository}/actions/runs/${id}`;
}

;// CONCATENATED MODULE: ./src/sources/artifacts.ts
// Artifact names across gh-aw eras (FORMATS.md §1.6) and the `workflow_call` hash prefix.
const EVIDENCE_ARTIFACTS = [
    'agent',
    'agent-artifacts',
    'firewall-audit-logs',
    'activation',
    'info',
    'usage',
    'mcp-logs',
    'squid-logs',
    'aw_info.json',
    'aw-info',
    'agent-stdio.log',
    'agent-stdio-log',
];
/** Preference order when the same logical file is in several artifacts (FORMATS.md §1.7). */
const ORDER = ['agent', 'agent-artifacts', 'firewall-audit-logs'];
/** Base name of an artifact, without the `workflow_call` hash prefix (`⟨hash⟩-agent` → `agent`). */
function artifactBase(name) {
    if (/(^|-)firewall-logs-/.test(name))
        return 'firewall-logs';
    for (const base of EVIDENCE_ARTIFACTS) {
        if (name === base || name.endsWith('-' + base))
            return base;
    }
    return name;
}
/** Artifacts that can hold audit evidence; the others (prompt, safe outputs, detection, caches) are skipped. */
function isEvidenceArtifact(name) {
    const base = artifactBase(name);
    return EVIDENCE_ARTIFACTS.includes(base) || base === 'firewall-logs';
}
function isDockerBuildArtifact(name) {
    return name.endsWith('.dockerbuild');
}
function artifactRank(artifact) {
    if (artifact === null)
        return 0;
    const i = ORDER.indexOf(artifactBase(artifact));
    return i === -1 ? ORDER.length + 1 : i + 1;
}

;// CONCATENATED MODULE: ./src/sources/locate.ts

const SKIP_DIRS = ['wazero-cache/', 'proxy-tls/'];
function endsWithSuffix(path, suffix) {
    return path === suffix || path.endsWith('/' + suffix);
}
function byPreference(a, b) {
    return artifactRank(a.artifact) - artifactRank(b.artifact) || a.path.length - b.path.length;
}
function first(files, suffixes, accept) {
    for (const suffix of suffixes) {
        const hits = files
            .filter((f) => endsWithSuffix(f.path, suffix) && (!accept || accept(f)))
            .sort(byPreference);
        if (hits.length > 0)
            return hits[0];
    }
    return null;
}
/** The part of a path after the artifact folder. */
function inner(f) {
    return f.artifact && f.path.startsWith(f.artifact + '/') ? f.path.slice(f.artifact.length + 1) : f.path;
}
/** At the root of an `mcp-logs` artifact (the legacy single-directory upload, §1.1), whatever its name prefix. */
function atMcpLogsRoot(f) {
    return f.artifact !== null && artifactBase(f.artifact) === 'mcp-logs' && !inner(f).includes('/');
}
/** `mcp-logs/⟨name⟩`, else `⟨name⟩` at the root of an `mcp-logs` artifact (`⟨hash⟩-mcp-logs/⟨name⟩`). */
function inMcpLogs(files, name) {
    return first(files, ['mcp-logs/' + name]) ?? first(files, [name], atMcpLogsRoot);
}
const NOT_SERVER_LOGS = new Set([
    'mcp-gateway.log',
    'proxy.log',
    'stderr.log',
    'start-gateway.log',
    'gateway.log',
]);
function locateFiles(all) {
    const files = all.filter((f) => !SKIP_DIRS.some((d) => f.path.includes(d)));
    const gatewayLog = inMcpLogs(files, 'mcp-gateway.log') ?? first(files, ['mcp-logs/gateway.log']);
    // Server logs: `mcp-logs/⟨id⟩.log` directly inside the same mcp-logs folder as the gateway log, or, when there is no
    // gateway log (the case they are needed for), inside the preferred mcp-logs folder that holds any.
    const isServerLogName = (name) => name.endsWith('.log') && !NOT_SERVER_LOGS.has(name);
    const dirOf = (f) => f.path.slice(0, f.path.lastIndexOf('/') + 1);
    const serverLogCandidate = gatewayLog ??
        files
            .filter((f) => {
            const name = f.path.slice(f.path.lastIndexOf('/') + 1);
            if (!isServerLogName(name))
                return false;
            return /(^|\/)mcp-logs\/[^/]+$/.test(f.path) || atMcpLogsRoot(f);
        })
            .sort(byPreference)[0] ??
        null;
    const mcpDir = serverLogCandidate ? dirOf(serverLogCandidate) : null;
    const serverLogs = mcpDir
        ? files.filter((f) => {
            if (!f.path.startsWith(mcpDir))
                return false;
            const rest = f.path.slice(mcpDir.length);
            return !rest.includes('/') && isServerLogName(rest);
        })
        : [];
    const primaryJsonl = [
        inMcpLogs(files, 'rpc-messages.jsonl'),
        first(files, ['proxy-logs/proxy-rpc.jsonl']),
    ].filter((f) => f !== null);
    const jsonl = primaryJsonl.length > 0
        ? primaryJsonl
        : [first(files, ['mcp-logs/gateway.jsonl', 'mcp-logs/mcp-gateway.jsonl', 'gateway.jsonl'])].filter((f) => f !== null);
    const awInfo = first(files, ['aw_info.json'], (f) => !inner(f).includes('/') && (f.artifact === null || artifactBase(f.artifact) !== 'usage')) ?? first(files, ['aw_info.json']);
    const accessLog = first(files, [
        'sandbox/firewall/logs/access.log',
        'sandbox/firewall/logs/squid-logs/access.log',
        'logs/access.log',
    ]) ?? first(files, ['access.log'], (f) => !inner(f).includes('/'));
    return {
        gatewayLog,
        serverLogs,
        proxyLog: inMcpLogs(files, 'proxy.log') ?? first(files, ['proxy-logs/proxy.log']),
        jsonl,
        gatewayMd: inMcpLogs(files, 'gateway.md'),
        stderrLog: inMcpLogs(files, 'stderr.log'),
        toolsJson: inMcpLogs(files, 'tools.json'),
        awInfo,
        accessLog,
        auditJsonl: first(files, ['sandbox/firewall/logs/audit.jsonl', 'logs/audit.jsonl']),
        policyManifest: first(files, [
            'sandbox/firewall/audit/policy-manifest.json',
            'audit/policy-manifest.json',
        ]),
        agentStdio: first(files, ['agent-stdio.log']),
        activitySummary: first(files, ['activity/summary.json']),
        workflowLogs: files.filter((f) => /(^|\/)workflow-logs\/.+\.txt$/.test(f.path)),
        jobsJson: first(files, ['jobs.json'], (f) => !f.path.includes('/')),
        runJson: first(files, ['run.json'], (f) => !f.path.includes('/')),
    };
}

;// CONCATENATED MODULE: ./src/util/direct-read.ts
/** `stream` as a DirectRead when it is one and nobody has read from it yet, else null. */
function directRead(stream) {
    const d = stream;
    return typeof d.readDirect === 'function' && !stream.readableDidRead && !stream.destroyed
        ? d
        : null;
}

;// CONCATENATED MODULE: ./src/util/lines.ts

const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
/** The stats of the line walk over each stream, kept for whoever opened it (parsers need not return them). */
const statsByStream = new WeakMap();
/** The stats of the line walk over `stream` so far (also after a read error), or undefined when none ran. */
function lineStatsOf(stream) {
    return statsByStream.get(stream);
}
/** Splits chunks into lines for a sink; lines inside a chunk are passed without copying. */
class LineSplitter {
    sink;
    max;
    stats = { lines: 0, bytes: 0, truncatedLines: 0 };
    pending = [];
    pendingLen = 0;
    /** Bytes of the current line beyond `keep` were dropped. */
    overflow = false;
    /** A line spanning chunks is buffered up to one byte over the cap: that byte may be the `\r` of its `\r\n`. */
    keep;
    constructor(sink, max) {
        this.sink = sink;
        this.max = max;
        this.keep = max + 1;
    }
    push(buf) {
        this.stats.bytes += buf.length;
        let start = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, start);
            if (nl === -1)
                break;
            if (this.pendingLen === 0 && !this.overflow)
                this.emit(buf, start, nl);
            else {
                if (!this.overflow) {
                    const room = this.keep - this.pendingLen;
                    const piece = buf.subarray(start, nl);
                    if (piece.length > room) {
                        this.overflow = true;
                        this.pending.push(piece.subarray(0, room));
                    }
                    else
                        this.pending.push(piece);
                }
                const joined = Buffer.concat(this.pending);
                this.emit(joined, 0, joined.length);
                this.pending = [];
                this.pendingLen = 0;
            }
            this.overflow = false;
            start = nl + 1;
        }
        if (start < buf.length && !this.overflow) {
            const rest = buf.subarray(start);
            const room = this.keep - this.pendingLen;
            if (rest.length > room) {
                this.overflow = true;
                this.pending.push(Buffer.from(rest.subarray(0, room)));
                this.pendingLen = this.keep;
            }
            else {
                this.pending.push(Buffer.from(rest));
                this.pendingLen += rest.length;
            }
        }
    }
    end() {
        if (this.pendingLen > 0 || this.overflow) {
            const joined = Buffer.concat(this.pending);
            this.emit(joined, 0, joined.length);
        }
    }
    /** `buf[start..end)` is the line with its `\r`, or its first `keep` bytes when `overflow`: cut to the cap here. */
    emit(buf, start, end) {
        if (!this.overflow && end > start && buf[end - 1] === 0x0d)
            end--;
        this.stats.lines++;
        if (end - start > this.max) {
            end = start + this.max;
            this.stats.truncatedLines++;
        }
        this.sink.lineBytes(buf, start, end, this.stats.lines);
    }
}
/**
 * Calls `sink.lineBytes` for every line of the stream as a byte range: lines inside a chunk are passed without
 * copying or decoding (the hot path of every parser); only a line spanning chunks is joined. Memory is bounded by
 * `maxLineBytes` whatever the input: an over-long line is kept only up to the cap.
 */
async function forEachLineBytes(stream, sink, options = {}) {
    const splitter = new LineSplitter(sink, options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES);
    statsByStream.set(stream, splitter.stats);
    const direct = directRead(stream);
    if (direct) {
        await direct.readDirect((chunk) => splitter.push(chunk));
        splitter.end();
        return splitter.stats;
    }
    for await (const chunk of stream) {
        // Web streams (`Readable.fromWeb`) yield plain Uint8Arrays, whose toString() is not UTF-8 decoding.
        splitter.push(typeof chunk === 'string'
            ? Buffer.from(chunk)
            : Buffer.isBuffer(chunk)
                ? chunk
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    splitter.end();
    return splitter.stats;
}
/** Decodes each line as UTF-8 for a callback: for the small files, whose parsers are plain functions. */
class TextLines {
    onLine;
    constructor(onLine) {
        this.onLine = onLine;
    }
    lineBytes(buf, start, end, lineNo) {
        this.onLine(buf.toString('utf8', start, end), lineNo);
    }
}
/** Calls `onLine` for every line of the stream, decoded as UTF-8 (see forEachLineBytes). */
function forEachLine(stream, onLine, options = {}) {
    return forEachLineBytes(stream, new TextLines(onLine), options);
}

;// CONCATENATED MODULE: ./src/util/bytes.ts
// Allocation-free byte checks for the parsers' hot paths (no string per line).
/** ASCII text as bytes, for comparisons. */
function ascii(text) {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
/** Whether `buf[pos..]` starts with `prefix` (within `end`). */
function startsWithAt(buf, pos, end, prefix) {
    if (pos + prefix.length > end)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (buf[pos + i] !== prefix[i])
            return false;
    return true;
}
/** Index of `byte` in `buf[from..end)`, or -1. */
function indexOfByte(buf, byte, from, end) {
    for (let i = from; i < end; i++)
        if (buf[i] === byte)
            return i;
    return -1;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
const LEVELS = [ascii('INFO] ['), ascii('WARN] ['), ascii('ERROR] ['), ascii('DEBUG] [')];
function recordPrefix(buf, start, end, out) {
    // [2026-07-19T14:02:11Z] or [2026-07-19T14:02:11.482Z]
    if (end - start < 26 || buf[start] !== 0x5b)
        return false;
    const p = start + 1;
    if (!isDigit(buf[p]) ||
        !isDigit(buf[p + 1]) ||
        !isDigit(buf[p + 2]) ||
        !isDigit(buf[p + 3]) ||
        buf[p + 4] !== 0x2d ||
        !isDigit(buf[p + 5]) ||
        !isDigit(buf[p + 6]) ||
        buf[p + 7] !== 0x2d ||
        !isDigit(buf[p + 8]) ||
        !isDigit(buf[p + 9]) ||
        buf[p + 10] !== 0x54 ||
        !isDigit(buf[p + 11]) ||
        !isDigit(buf[p + 12]) ||
        buf[p + 13] !== 0x3a ||
        !isDigit(buf[p + 14]) ||
        !isDigit(buf[p + 15]) ||
        buf[p + 16] !== 0x3a ||
        !isDigit(buf[p + 17]) ||
        !isDigit(buf[p + 18]))
        return false;
    let q = p + 19;
    if (buf[q] === 0x2e) {
        if (!isDigit(buf[q + 1]) || !isDigit(buf[q + 2]) || !isDigit(buf[q + 3]))
            return false;
        q += 4;
    }
    if (buf[q] !== 0x5a || buf[q + 1] !== 0x5d || buf[q + 2] !== 0x20 || buf[q + 3] !== 0x5b)
        return false;
    q += 4;
    let level = -1;
    for (let i = 0; i < LEVELS.length; i++) {
        if (startsWithAt(buf, q, end, LEVELS[i])) {
            level = i;
            q += LEVELS[i].length;
            break;
        }
    }
    if (level < 0)
        return false;
    const close = indexOfByte(buf, 0x5d, q, Math.min(end, q + 256));
    if (close < 0 || buf[close + 1] !== 0x20)
        return false;
    out.level = level;
    out.catStart = q;
    out.catEnd = close;
    out.msg = close + 2;
    return true;
}

;// CONCATENATED MODULE: ./src/parsers/common.ts
const EXCERPT_MAX = 400;
/**
 * High-volume events (every tool call, every filter count) keep an excerpt only for the first few of their kind in a
 * file: evidence cites the first ones, and the rest would only be garbage on the hot path.
 */
class ExcerptBudget {
    perKind;
    used = new Map();
    constructor(perKind = 5) {
        this.perKind = perKind;
    }
    /** `text` may be a function, called only when the excerpt is kept (no decoding otherwise). */
    loc(kind, file, line, text) {
        const n = this.used.get(kind) ?? 0;
        if (n >= this.perKind)
            return { file, line, excerpt: '' };
        this.used.set(kind, n + 1);
        return loc(file, line, typeof text === 'function' ? text() : text);
    }
}
/**
 * A copy of `s` that does not keep its parent alive. V8 represents substrings and regex captures as slices of the
 * whole line: an event holding a tool name cut from a 10 KiB RPC line would otherwise retain the line.
 */
function detach(s) {
    return s.length < 13 ? s : (' ' + s).slice(1);
}
/** Interns the small, repeated names events carry (tools, servers), detached from their lines. */
class Interner {
    pool = new Map();
    get(s) {
        let v = this.pool.get(s);
        if (v === undefined) {
            v = detach(s);
            if (this.pool.size < 10_000)
                this.pool.set(v, v);
        }
        return v;
    }
}
function loc(file, line, text) {
    return { file, line, excerpt: detach(text.length > EXCERPT_MAX ? text.slice(0, EXCERPT_MAX) + '…' : text) };
}
/**
 * Parses the error text of a trap or of any wrapper carrying one:
 * `… WASM function call failed: wasm error: ⟨cause⟩\nwasm stack trace:\n\t⟨module⟩.⟨func⟩(…)`.
 * Returns null when the text carries no wasm error (host-function panics `(recovered by wazero)` are not traps).
 */
function parseWasmError(firstLine, continuation = []) {
    const m = /wasm error: (.*)$/.exec(firstLine);
    let cause = m ? m[1].trim() : null;
    if (cause === null) {
        const closed = /WASM function call failed: (module closed with (?:exit_code\((\d+)\)|context deadline exceeded|context canceled))/.exec(firstLine);
        if (closed && closed[2] !== '0')
            cause = closed[1];
    }
    if (cause === null || cause === '' || cause.includes('(recovered by wazero)'))
        return null;
    let module = null;
    for (const l of continuation) {
        const f = /^\t([A-Za-z0-9_-]+)\.(?:\$?[\w.$]+)\(/.exec(l);
        if (f) {
            module = f[1];
            break;
        }
    }
    return { cause, module };
}
/** The error that cause a trap's blast radius: `WASM guard 'x' is unavailable after a previous trap`. */
function afterTrapGuard(text) {
    const m = /WASM guard '([^']*)' is unavailable after a previous trap/.exec(text);
    return m ? m[1] : null;
}
/** Reads a small JSON file (capped), returning null and a reason on failure. */
async function readSmallJson(stream, maxBytes = 16 * 1024 * 1024) {
    const chunks = [];
    let len = 0;
    for await (const c of stream) {
        len += c.length;
        if (len > maxBytes) {
            stream.destroy();
            return { value: null, error: `larger than ${maxBytes} bytes` };
        }
        chunks.push(c);
    }
    const text = Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\x00/g, '');
    if (text.trim() === '')
        return { value: null, error: null };
    try {
        return { value: JSON.parse(text), error: null };
    }
    catch (err) {
        return { value: null, error: `invalid JSON (${err instanceof Error ? err.message : String(err)})` };
    }
}
/** readSmallJson for a file that holds one JSON object: `onError` hears why a file that is there cannot be used. */
async function readJsonObject(stream, maxBytes, onError) {
    const { value, error } = await readSmallJson(stream, maxBytes);
    const problem = error ?? (value === null || isRecord(value) ? null : 'not a JSON object');
    if (problem)
        onError?.(problem);
    return isRecord(value) ? value : null;
}
/**
 * An item count of a log line (`\d+` text): a safe integer, else null. Corrupt or hostile text (a 20-digit count) is
 * data, not a count: it would put 1e+23 or Infinity (JSON null) into the report.
 */
function count(digits) {
    const n = Number(digits);
    return Number.isSafeInteger(n) ? n : null;
}
/** `part/whole` item counts of a log line: both counts, with `part ≤ whole`, else null (see count). */
function partOf(part, whole) {
    const p = count(part);
    const w = count(whole);
    return p !== null && w !== null && p <= w ? { part: p, whole: w } : null;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function stringArrayOrNull(v) {
    if (!Array.isArray(v))
        return null;
    return v.filter((x) => typeof x === 'string');
}
function str(v) {
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}
/**
 * Since 2026-08-06 every text-log line is secret-redacted (FORMATS.md §3.1), so JSON inside a line may not parse:
 * `"token":"x"` becomes `"token"=[REDACTED]`, and `key: ⟨8+ non-space⟩` swallows the text to the next space. The
 * first form is put back as a JSON pair; the second cannot be repaired (see the loose readers below).
 */
function parseRedactedJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        if (!text.includes('=[REDACTED]'))
            return undefined;
    }
    try {
        return JSON.parse(text.replace(/("(?:[^"\\]|\\.)*")=\[REDACTED\]/g, '$1:"[REDACTED]"'));
    }
    catch {
        return undefined;
    }
}
const JSON_STRING = String.raw `"(?:[^"\\]|\\.)*"`;
/** The first top-level-looking `"key":"value"` of a JSON text that does not parse (a redacted line); null if none. */
function looseString(text, key) {
    const m = new RegExp(`"${key}":(${JSON_STRING})`).exec(text);
    if (!m)
        return null;
    try {
        return JSON.parse(m[1]);
    }
    catch {
        return null;
    }
}
/** `"key":[…strings…]` or `"key":null` of a JSON text that does not parse; undefined when it cannot be read. */
function looseStringArray(text, key) {
    const m = new RegExp(`"${key}":(null|\\[(?:${JSON_STRING}(?:,${JSON_STRING})*)?\\])`).exec(text);
    if (!m)
        return undefined;
    try {
        return stringArrayOrNull(JSON.parse(m[1]));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/parsers/tool-result.ts
// The post-filter tool result of `MCP tool call response … result=⟨json⟩` (FORMATS.md §4.2, §8.5): the repositories
// its items come from, read structurally (item fields `html_url`, `repository_url`, `repository.full_name`, also in
// JSON nested in `content[].text`), never from free text. Extracted while parsing so results are not kept.

const NON_REPO_OWNERS = new Set([
    'orgs',
    'users',
    'settings',
    'sponsors',
    'apps',
    'marketplace',
    'topics',
    'collections',
    'features',
    'enterprises',
    'advisories',
    'organizations',
    'notifications',
    'login',
    'search',
]);
const MAX_DEPTH = 12;
const HAS_REPO_KEY = /html_url|repository_url|full_name/;
const REDACTED = /\[REDACTED\]/;
/**
 * References to other repositories that are metadata of an in-scope item, not data of those repositories: a pull
 * request's branch refs (`head.repo` is the fork the change came from) and a repository's fork/template lineage.
 */
const REF_KEYS = new Set(['head', 'base', 'parent', 'source', 'template_repository']);
function repoFromHtmlUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return null;
    }
    if (u.hostname.startsWith('gist.') || u.hostname.startsWith('api.'))
        return null;
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts.length < 2 || NON_REPO_OWNERS.has(parts[0].toLowerCase()))
        return null;
    return `${parts[0]}/${parts[1]}`;
}
function repoFromApiUrl(url) {
    const m = /\/repos\/([^/]+)\/([^/?#]+)/.exec(url);
    return m ? `${m[1]}/${m[2]}` : null;
}
/** Collects repositories named by item fields, descending into JSON nested in `content[].text`. */
function reposInResult(value, out, depth = 0, state = { unparsed: false }) {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        for (const v of value)
            reposInResult(v, out, depth + 1, state);
        return;
    }
    const obj = value;
    if (typeof obj.html_url === 'string') {
        const r = repoFromHtmlUrl(obj.html_url);
        if (r)
            out.add(r.toLowerCase());
    }
    if (typeof obj.repository_url === 'string') {
        const r = repoFromApiUrl(obj.repository_url);
        if (r)
            out.add(r.toLowerCase());
    }
    const repo = obj.repository;
    if (repo && typeof repo === 'object' && typeof repo.full_name === 'string') {
        out.add(repo.full_name.toLowerCase());
    }
    for (const [k, v] of Object.entries(obj)) {
        if (k === 'text' && typeof v === 'string' && /^\s*[[{]/.test(v)) {
            const nested = parseRedactedJson(v);
            if (nested !== undefined)
                reposInResult(nested, out, depth + 1, state);
            // Free text is never a source of repositories; JSON-looking text naming repositories that does not parse
            // (redacted) was not checked.
            else if (HAS_REPO_KEY.test(v) && REDACTED.test(v))
                state.unparsed = true;
        }
        else if (typeof v === 'object' && !REF_KEYS.has(k))
            reposInResult(v, out, depth + 1, state);
    }
}
/** Parses a result only when it can name a repository (byte-cheap check first); free text yields nothing. */
function toolResultRepos(result) {
    const isError = /"isError":\s*true/.test(result);
    if (!HAS_REPO_KEY.test(result))
        return { repos: [], isError };
    const value = parseRedactedJson(result);
    // A redacted line (since 2026-08-06) may not parse: the result was not checked, which the report says. (Other
    // text that does not parse, e.g. a line cut at the line cap, is noted where it is cut.)
    if (value === undefined)
        return REDACTED.test(result) ? { repos: [], isError, unparsed: true } : { repos: [], isError };
    const found = new Set();
    const state = { unparsed: false };
    reposInResult(value, found, 0, state);
    const top = value;
    const out = {
        repos: [...found],
        isError: !!top && typeof top === 'object' && top.isError === true,
    };
    if (state.unparsed)
        out.unparsed = true;
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/tool-names.ts
// Tool names as the rules compare them (FORMATS.md §8.5). Since 2026-07-24 the GitHub MCP server's feature-flag alias
// tools (`list_issues_ff_fields_param`, `issue_dependency_read_ff_issue_dependencies`, …) are labelled like their
// canonical tools, and their names appear in `tool_name` and `tool=`. The alias is `⟨canonical⟩_ff_⟨flag⟩`; the
// parsers report the canonical name, so per-tool counts, the filtering summary and tools.json attribution treat an
// alias and its canonical tool as one tool.
const ALIAS = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)*?)_ff_[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** `list_issues_ff_fields_param` → `list_issues`; any other name unchanged. */
function canonicalTool(name) {
    if (name.length > 200 || !name.includes('_ff_'))
        return name;
    const m = ALIAS.exec(name);
    return m ? m[1] : name;
}

;// CONCATENATED MODULE: ./src/parsers/attribution-lines.ts


/** Debug message starts (any namespace) that carry attribution; the byte-level pre-filter lets these through. */
const DEBUG_ATTRIBUTION = [
    'JSON-RPC request parsed: mode=routed:',
    'callBackendTool: serverID=',
    'executeBackendToolCall: serverID=',
    'Logging filtered items: serverID=',
    'Middleware processing tool call: tool=',
    'Processing tool call: tool=',
    '[DIFC] Guard calling backend ',
].map(ascii);
/** A server id as the gateway prints it (config keys: letters, digits, `_`, `-`, `.`). */
const ID = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const SERVER_ID = new RegExp(`^${ID}$`);
/** Bracketed message starts of `difc`/`backend` lines that are not server ids. */
const NOT_SERVER_PREFIXES = new Set(['allowed-tools', 'REDACTED', 'Filtered', 'stderr']);
/** `⟨server⟩___⟨tool⟩`: the prefixed name the payload middleware and unified mode use (§7.4). */
function splitPrefixedTool(name) {
    const i = name.indexOf('___');
    if (i <= 0)
        return null;
    const server = name.slice(0, i);
    const tool = name.slice(i + 3);
    return SERVER_ID.test(server) && tool !== '' ? { server, tool } : null;
}
/** `[a b c]` (Go `%v` of a slice) → names. */
function goList(text) {
    return text
        .trim()
        .split(/\s+/)
        .filter((s) => SERVER_ID.test(s));
}
const PAYLOAD_TOOL = /^(?:Middleware processing tool call|Processing tool call|Response data marshaled to JSON|Skipping payload storage|Failed to save payload to filesystem): tool=([^,\s]+)/;
const PAYLOAD_SIZE = /^Payload size \(\d+ bytes\) .*?: tool=([^,\s]+)/;
const SERVER_TOOL = new RegExp(`^(?:callBackendTool|executeBackendToolCall|Logging filtered items): serverID=(${ID}), toolName=([^,\\s]+)`);
const GUARD_CALL = new RegExp(`^\\[DIFC\\] Guard calling backend (${ID}) tool (\\S+) for metadata`);
const DENIED = new RegExp(`^tools/call denied: tool="([^"]+)" not in allowed-tools for server=(${ID})`);
const ROUTED = new RegExp(`^JSON-RPC request parsed: mode=routed:(${ID}), method=tools/call,`);
const NOT_FOUND = new RegExp(`^Tool not found: mode=routed:(${ID}), method=tools/call,`);
const LOADED = /^Loaded \d+ MCP server\(s\): \[([^\]]*)\]/;
const ROUTES = /^Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:) \[([^\]]*)\]/;
const CONNECTION = new RegExp(`^New MCP client connection, .*, backend=(${ID}), session=`);
const ROUTE_PATH = new RegExp(`^(?:Authentication successful|Request rejected: .*|Authentication failed: .*), remote=\\S*, path=/mcp/(${ID})/?\\s*$`);
class AttributionLines {
    file;
    emit;
    names;
    named = new Set();
    pairs = new Set();
    excerpts = new ExcerptBudget();
    constructor(file, emit, names) {
        this.file = file;
        this.emit = emit;
        this.names = names;
    }
    /** One record's prefix and first line; `prefixServer` is the `[⟨serverID⟩] ` after the category, if any. */
    record(level, category, msg, prefixServer, line, raw) {
        const L = () => loc(this.file, line, raw);
        // `…ToServer` lines (`[difc] [⟨server⟩] …`, `[backend] [⟨server⟩] …`, §3.3); not the bracketed message starts.
        if (prefixServer &&
            (category === 'difc' || category === 'backend') &&
            SERVER_ID.test(prefixServer) &&
            !NOT_SERVER_PREFIXES.has(prefixServer)) {
            this.server(prefixServer, false, 'prefix', L);
        }
        let m;
        if (level === 'DEBUG') {
            if ((m = ROUTED.exec(msg)))
                this.routed(m[1], true, line, raw);
            else if ((m = SERVER_TOOL.exec(msg)) || (m = GUARD_CALL.exec(msg)))
                this.pair(m[1], m[2], 'debug', L);
            else if ((m = PAYLOAD_TOOL.exec(msg)))
                this.prefixed(m[1], L);
            return;
        }
        switch (category) {
            case 'startup':
                if (level === 'INFO' && ((m = LOADED.exec(msg)) || (m = ROUTES.exec(msg))))
                    for (const s of goList(m[1]))
                        this.server(s, true, 'startup', L);
                return;
            case 'client':
                if (level === 'INFO' && (m = CONNECTION.exec(msg)))
                    this.server(m[1], false, 'connection', L);
                else if (level === 'WARN' && (m = NOT_FOUND.exec(msg)))
                    this.routed(m[1], false, line, raw);
                else if (level === 'WARN' && (m = DENIED.exec(msg)))
                    this.pair(m[2], m[1], 'allowed-tools', L);
                return;
            case 'auth':
                if ((m = ROUTE_PATH.exec(msg)))
                    this.server(m[1], false, 'route', L);
                return;
            case 'payload':
                if ((m = PAYLOAD_TOOL.exec(msg)) || (m = PAYLOAD_SIZE.exec(msg)))
                    this.prefixed(m[1], L);
                return;
            default:
                return;
        }
    }
    routed(server, found, line, raw) {
        this.emit({
            type: 'RoutedToolCall',
            server: this.names.get(server),
            found,
            loc: this.excerpts.loc(found ? 'routed' : 'not-found', this.file, line, raw),
        });
    }
    prefixed(name, L) {
        const p = splitPrefixedTool(name);
        if (p)
            this.pair(p.server, p.tool, 'prefix', L);
    }
    pair(server, tool, source, L) {
        const k = `${server}\u0000${tool}`;
        if (this.pairs.has(k) || this.pairs.size >= 5000)
            return;
        this.pairs.add(k);
        this.emit({
            type: 'ToolServer',
            server: this.names.get(server),
            tool: this.names.get(tool),
            source,
            loc: L(),
        });
    }
    server(server, complete, source, L) {
        const k = `${complete ? 1 : 0}${server}`;
        if (this.named.has(k) || this.named.size >= 1000)
            return;
        this.named.add(k);
        this.emit({ type: 'ServerNamed', server: this.names.get(server), complete, source, loc: L() });
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-log.ts






const RECORD_START = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z)\] \[(INFO|WARN|ERROR|DEBUG)\] \[([^\]]*)\] (.*)$/s;
/** Continuation lines kept per record (a trap's stack trace needs only the first frames). */
const MAX_CONTINUATION = 40;
/** Optional `[⟨serverID⟩] ` after the category (the `…ToServer` writers), not a bracketed message start. */
const SERVER_PREFIX = /^\[([A-Za-z0-9_.:-]+)\] (.*)$/s;
const NOT_SERVER = new Set([
    'DIFC',
    'DIFC-FILTERED',
    'UNRECOGNIZED-ENDPOINT',
    'Guard',
    'stderr',
    'CONFIG',
    'LAUNCHER',
]);
function splitServer(message) {
    const m = SERVER_PREFIX.exec(message);
    if (m && !NOT_SERVER.has(m[1]) && !m[1].startsWith('guard:'))
        return { server: m[1], msg: m[2] };
    return { server: null, msg: message };
}
/** Debug records that carry a signal all start with one of these (any namespace); see classify(). */
const DEBUG_SIGNALS = [
    '[Guard] Registered guard',
    '[DIFC] Phase 1 failed',
    '[DIFC] Phase 4 failed',
    '[DIFC] Filtered collection',
    '[DIFC] STRICT',
].map(ascii);
/** Debug `callWasmFunction: guard=%s is unavailable after a previous trap` (§7.1), not the per-call benign forms. */
const WASM_CALL = ascii('callWasmFunction: guard=');
const REFUSED = ascii(' is unavailable after a previous trap');
const CAT_RPC = ascii('rpc');
/** Debug records around a guard's `call_backend` lookup (see guardLookupDebug()). */
const CAT_GUARD_WASM = ascii('guard:wasm');
const CAT_SERVER_UNIFIED = ascii('server:unified');
const GUARD_MSG_START = ascii('[guard:');
const CALL_BACKEND_TOOL = ascii('] INFO: >>> call_backend: tool=');
const CALL_BACKEND_RETURNED = ascii('] INFO: <<< call_backend returned');
const BACKEND_CALL_FAILED = ascii('Backend call failed: ');
const GUARD_CALLING_BACKEND = ascii('WASM guard calling backend: tool=');
const PERMISSION_LOOKUP = ascii('get_collaborator_permission: ');
const CAT_BACKEND = ascii('backend');
const STDERR_TAG = ascii('] [stderr] ');
const LEVEL_INFO = 0;
const LEVEL_DEBUG = 3;
class GatewayRecordParser {
    ctx;
    head = null;
    cont = [];
    /** The open record carries no signal: its continuation lines are skipped undecoded. */
    skipping = false;
    prefix = { level: 0, catStart: 0, catEnd: 0, msg: 0 };
    excerpts = new ExcerptBudget();
    names = new Interner();
    /** HTTP backend URL → server (`Configuring HTTP MCP backend: %s, url=%s`), for the failures that name only the URL. */
    httpServers = new Map();
    attribution;
    /** The guard lookup in progress (debug records before its `<<< call_backend FAILED`), and the last one failed. */
    lookup = { tool: null, reason: null };
    lastLookupFailure = null;
    constructor(ctx) {
        this.ctx = ctx;
        this.attribution = ctx.hint ? new AttributionLines(ctx.file, (e) => ctx.hint(e), this.names) : null;
    }
    /** Feeds one decoded line: a record start opens a record; any other line continues the open one (else it is stray). */
    line(text, lineNo) {
        // Cheap check before the regex: every record starts with `[2` (a timestamp).
        const m = text.charCodeAt(0) === 0x5b && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39
            ? RECORD_START.exec(text)
            : null;
        if (m) {
            this.flush();
            this.head = { line: lineNo, level: m[2], category: m[3], message: m[4], raw: text };
            return;
        }
        if (this.head && this.cont.length < MAX_CONTINUATION)
            this.cont.push(text);
    }
    /**
     * Feeds one line as bytes. The record prefix is read from the first bytes; records that cannot carry a signal
     * (RPC previews other than `tools/call` requests, most debug lines, backend stderr) are skipped without decoding,
     * and so are their continuation lines. Everything else goes through `line()`.
     */
    lineBytes(buf, start, end, lineNo) {
        const p = this.prefix;
        if (recordPrefix(buf, start, end, p)) {
            if (!this.mayCarrySignal(buf, p, end)) {
                this.flush();
                this.skipping = true;
                return;
            }
            this.skipping = false;
            this.line(buf.toString('utf8', start, end), lineNo);
            return;
        }
        if (this.skipping || !this.head || this.cont.length >= MAX_CONTINUATION)
            return;
        this.line(buf.toString('utf8', start, end), lineNo);
    }
    mayCarrySignal(buf, p, end) {
        const catLen = p.catEnd - p.catStart;
        if (p.level === LEVEL_DEBUG) {
            if (catLen === 3 && startsWithAt(buf, p.catStart, p.catEnd, CAT_RPC))
                return isToolCallRequest(buf, p.msg, end) || isErrorResponse(buf, p.msg, end);
            if (catLen === 10 &&
                startsWithAt(buf, p.catStart, p.catEnd, CAT_GUARD_WASM) &&
                isGuardLookupDebug(buf, p.msg, end))
                return true;
            if (catLen === 14 &&
                startsWithAt(buf, p.catStart, p.catEnd, CAT_SERVER_UNIFIED) &&
                startsWithAt(buf, p.msg, end, PERMISSION_LOOKUP))
                return true;
            if (buf[p.msg] === 0x63 && startsWithAt(buf, p.msg, end, WASM_CALL))
                return isRefusal(buf, p.msg, end);
            if (buf[p.msg] === 0x5b && DEBUG_SIGNALS.some((sig) => startsWithAt(buf, p.msg, end, sig)))
                return true;
            return this.attribution !== null && DEBUG_ATTRIBUTION.some((sig) => startsWithAt(buf, p.msg, end, sig));
        }
        if (p.level === LEVEL_INFO &&
            catLen === 7 &&
            startsWithAt(buf, p.catStart, p.catEnd, CAT_BACKEND) &&
            buf[p.msg] === 0x5b) {
            // `[⟨server⟩] [stderr] …`: backend output re-logged, never a signal
            const close = indexOfByte(buf, 0x5d, p.msg, Math.min(end, p.msg + 128));
            return !(close > 0 && startsWithAt(buf, close, end, STDERR_TAG));
        }
        return true;
    }
    end() {
        this.flush();
    }
    flush() {
        const h = this.head;
        if (!h)
            return;
        this.head = null;
        const cont = this.cont;
        this.cont = [];
        try {
            this.classify(h, cont);
        }
        catch {
            // A record we cannot classify is data, never a crash.
        }
    }
    classify(h, cont) {
        const { ctx } = this;
        const L = () => loc(ctx.file, h.line, h.raw);
        const emit = ctx.emit;
        const { level, category } = h;
        const { server: prefixServer, msg } = splitServer(h.message);
        const server = prefixServer ?? ctx.serverId ?? null;
        this.attribution?.record(level, category, msg, prefixServer, h.line, h.raw);
        if (level === 'DEBUG') {
            if (category === 'rpc') {
                const failed = /^([^\s→←]+)←resp \d+b err:(.+)$/.exec(msg);
                if (failed) {
                    emit({
                        type: 'BackendCallFailed',
                        server: this.names.get(failed[1]),
                        error: failed[2].trim().slice(0, 300),
                        source: 'rpc-text',
                        loc: this.excerpts.loc('failed', ctx.file, h.line, h.raw),
                    });
                    return;
                }
                const rpc = /^([^\s→←]+)→tools\/call /.exec(msg);
                if (rpc)
                    emit({
                        type: 'BackendToolCall',
                        server: this.names.get(rpc[1]),
                        source: 'rpc-text',
                        loc: this.excerpts.loc('call', ctx.file, h.line, h.raw),
                    });
                return;
            }
            if (category === 'guard:wasm' || category === 'server:unified') {
                if (this.guardLookupDebug(h.message))
                    return;
            }
            let m;
            if ((m = /^\[Guard\] Registered guard '([^']*)' for server '([^']*)'/.exec(msg))) {
                emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
            }
            else if (ctx.kind === 'proxy' && (m = /^\[DIFC\] Phase 1 failed: (?!tool=)(.*)$/s.exec(msg))) {
                // Proxy form 2026-03-19 → 2026-07-13 (§7.3): before `Request rejected` existed, this is the record of the request
                // the proxy refused. The `tool=` form pairs with a `Request rejected` record, and in the gateway with a WARN one.
                this.proxyLabelingRejection(m[1], h, cont);
            }
            else if ((m = /^\[DIFC\] Phase 4 failed: (.*)$/s.exec(msg))) {
                if (ctx.kind === 'proxy')
                    emit({ type: 'ProxyPhase4Failed', message: m[1], wasm: parseWasmError(m[1], cont), loc: L() });
            }
            else if ((m = /^\[DIFC\] Filtered collection: (\d+)\/(\d+) items accessible/.exec(msg))) {
                const c = partOf(m[1], m[2]);
                if (c) {
                    const where = this.excerpts.loc(c.part < c.whole ? 'filtered' : 'count', ctx.file, h.line, h.raw);
                    emit({
                        type: 'FilterCount',
                        tool: null,
                        filtered: c.whole - c.part,
                        total: c.whole,
                        source: 'gateway',
                        loc: where,
                    });
                }
            }
            else if ((m = /^\[DIFC\] STRICT: blocking response — (\d+) filtered items/.exec(msg))) {
                const filtered = count(m[1]);
                if (filtered !== null)
                    emit({ type: 'StrictBlock', filtered, total: null, loc: L() });
            }
            else if ((m = /^callWasmFunction: guard=(\S+) is unavailable after a previous trap\s*$/.exec(msg))) {
                // Since 2026-08-16: one line per guard call refused after a trap (the refused call's error record is the
                // same call). `LabelResource|LabelResponse callWasmGuardFunction failed: …` repeats the trap text of the
                // same call and is not parsed at all: neither a trap nor another failure.
                emit({
                    type: 'GuardRefusal',
                    guard: this.names.get(m[1]),
                    source: ctx.kind === 'proxy' ? 'proxy' : 'gateway',
                    loc: this.excerpts.loc('refusal', ctx.file, h.line, h.raw),
                });
            }
            return;
        }
        switch (category) {
            case 'startup':
                return this.startup(level, msg, h, cont);
            case 'difc':
                return this.difc(level, msg, server, h, cont);
            case 'guard':
                return this.guard(level, msg, prefixServer, h);
            case 'backend':
                return this.backend(level, msg, server, h, cont);
            case 'client':
                return this.client(level, msg, h, cont);
            case 'proxy':
                return this.proxy(level, msg, h, cont);
            case 'auth': {
                const m = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/.exec(msg);
                if (level === 'ERROR' && m) {
                    emit({
                        type: 'AuthRejected',
                        reason: m[1],
                        path: m[3],
                        shutdownNoise: m[3] === '/close',
                        loc: L(),
                    });
                }
                return;
            }
            case 'shutdown':
                if (level === 'ERROR' && /^Proxy server exited with error: /.test(msg)) {
                    emit({ type: 'GatewayError', template: 'Proxy server exited with error', message: msg, loc: L() });
                }
                return;
            default:
                return;
        }
    }
    startup(level, msg, h, cont) {
        const { emit } = this.ctx;
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'INFO') {
            if ((m = /^MCPG Gateway version: (\S+)/.exec(msg)))
                emit({ type: 'GatewayVersion', version: m[1], loc: L() });
            else if ((m = /^Guards enforcement enabled with mode: ?(.*)$/.exec(msg))) {
                emit({ type: 'GuardsCapable', signal: 'Guards enforcement enabled', loc: L() });
                emit({ type: 'EnforcementEnabled', mode: m[1].trim(), loc: L() });
            }
            else if (/^Guards enforcement disabled/.test(msg)) {
                emit({ type: 'GuardsCapable', signal: 'Guards enforcement disabled', loc: L() });
                emit({ type: 'EnforcementDisabled', legacy: false, loc: L() });
            }
        }
        else if (level === 'ERROR') {
            if (/^Configuration validation failed:/.test(msg)) {
                // Since 2026-07-20 the body nests `Location:` / `Error:` / `Details:` blocks; the innermost `Error:` says what.
                const errors = cont.map((c) => /^\s*Error: (.*\S)/.exec(c)?.[1]).filter((x) => x !== undefined);
                const detail = errors.length > 0 ? errors[errors.length - 1] : (cont.find((c) => c.trim() !== '') ?? '');
                emit({
                    type: 'GatewayError',
                    template: 'Configuration validation failed',
                    message: (msg + ' ' + detail).trim(),
                    loc: L(),
                });
            }
            else if (/^Environment validation failed: /.test(msg)) {
                emit({
                    type: 'GatewayError',
                    template: 'Environment validation failed',
                    message: environmentFailure(msg, cont),
                    loc: L(),
                });
            }
        }
    }
    difc(level, msg, server, h, cont) {
        const { emit } = this.ctx;
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'INFO') {
            if ((m = /^\[DIFC-FILTERED\] (\{.*)$/s.exec(msg))) {
                const source = this.ctx.kind === 'server' ? 'server' : 'gateway';
                const item = parseRedactedJson(m[1]);
                if (isRecord(item)) {
                    emit({
                        type: 'DifcFiltered',
                        server: str(item.server_id) || server || 'unknown',
                        tool: canonicalTool(str(item.tool_name)),
                        description: str(item.description),
                        reason: str(item.reason),
                        integrityTags: stringArrayOrNull(item.integrity_tags),
                        secrecyTags: stringArrayOrNull(item.secrecy_tags),
                        source,
                        loc: L(),
                    });
                }
                else if (item === undefined && isRedactedItem(m[1])) {
                    // Redacted (§3.1): still one filtered item; its fields are read one by one, unknown tags stay null.
                    const text = m[1];
                    emit({
                        type: 'DifcFiltered',
                        server: looseString(text, 'server_id') || server || 'unknown',
                        tool: canonicalTool(looseString(text, 'tool_name') ?? ''),
                        description: looseString(text, 'description') ?? '',
                        reason: looseString(text, 'reason') ?? '',
                        integrityTags: looseStringArray(text, 'integrity_tags') ?? null,
                        secrecyTags: looseStringArray(text, 'secrecy_tags') ?? null,
                        source,
                        unparsed: true,
                        loc: L(),
                    });
                }
            }
            else if ((m = /^Guard policy: (\{.*)$/s.exec(msg))) {
                emit({ type: 'GuardsCapable', signal: 'Guard policy', loc: L() });
                const policy = parsePolicy(m[1]);
                emit({ type: 'GuardPolicy', server: server ?? 'unknown', ...policy, raw: m[1], loc: L() });
            }
            else if (/^MCP_GATEWAY_WASM_GUARDS_DIR/.test(msg)) {
                emit({ type: 'GuardsCapable', signal: 'MCP_GATEWAY_WASM_GUARDS_DIR', loc: L() });
            }
            else if (/^Loaded discovered WASM guard from file: /.test(msg)) {
                emit({ type: 'GuardsCapable', signal: 'Loaded discovered WASM guard', loc: L() });
            }
            else if ((m = /^Registered guard '([^']*)'\s*$/.exec(msg)) && server) {
                emit({ type: 'GuardRegistered', server, guard: m[1], legacy: false, loc: L() });
            }
            return;
        }
        if (level === 'WARN') {
            if ((m = /^Failed to load discovered WASM guard from (.*?): (.*)$/s.exec(msg))) {
                emit({ type: 'GuardLoadFailure', server, reason: `failed to load WASM guard: ${m[2]}`, loc: L() });
            }
            else if ((m = /^Failed to discover WASM guard: (.*)$/s.exec(msg))) {
                emit({
                    type: 'GuardLoadFailure',
                    server,
                    reason: `failed to discover WASM guard: ${m[1]}`,
                    loc: L(),
                });
            }
            else if ((m = /^Failed to create guard '([^']*)': (.*) \(falling back to noop\)/s.exec(msg))) {
                emit({
                    type: 'GuardLoadFailure',
                    server,
                    reason: `failed to create guard '${m[1]}', fell back to noop`,
                    loc: L(),
                });
            }
            else if ((m = /^Guard '([^']*)' not found: (.*) \(falling back to noop\)/s.exec(msg))) {
                emit({
                    type: 'GuardLoadFailure',
                    server,
                    reason: `guard '${m[1]}' not found, fell back to noop`,
                    loc: L(),
                });
            }
            else if ((m = /^Guard '([^']*)' is available but no guard policy is set; falling back to noop guard/.exec(msg))) {
                emit({
                    type: 'GuardLoadFailure',
                    server,
                    reason: `guard '${m[1]}' has no policy, fell back to noop`,
                    loc: L(),
                });
            }
            else if ((m = /^Guard labeling failed: (.*)$/s.exec(msg))) {
                this.labeling('guard', m[1], server, h, cont, 'gateway');
            }
            else if ((m = /^Response labeling failed: (.*)$/s.exec(msg))) {
                this.labeling('response', m[1], server, h, cont, 'gateway');
            }
            else if ((m = /^STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/.exec(msg))) {
                const c = partOf(m[1], m[2]);
                if (c)
                    emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: L() });
            }
            return;
        }
        if (level === 'ERROR' &&
            (m = /^label_agent failed: session=[^,]*, guard=([^,]*), error=(.*)$/s.exec(msg))) {
            this.labeling('session', m[2], server, h, cont, 'gateway', m[1]);
        }
    }
    labeling(kind, error, server, h, cont, source, guardName) {
        const trapGuard = afterTrapGuard(error);
        const wasm = parseWasmError(error, cont);
        this.ctx.emit({
            type: 'LabelingFailure',
            kind,
            guard: guardName ?? trapGuard ?? wasm?.module ?? server,
            server,
            message: error,
            wasm,
            afterTrap: trapGuard !== null,
            source,
            loc: loc(this.ctx.file, h.line, h.raw),
        });
    }
    /** A request the proxy refused because resource labeling (Phase 1) failed: a labeling failure and a refused call. */
    proxyLabelingRejection(err, h, cont) {
        this.labeling('guard', err, null, h, cont, 'proxy');
        this.ctx.emit({
            type: 'ToolCallError',
            tool: '',
            error: err,
            afterTrapGuard: afterTrapGuard(err),
            wasm: parseWasmError(err, cont),
            source: 'proxy',
            loc: loc(this.ctx.file, h.line, h.raw),
        });
    }
    /**
     * The debug records of a guard's lookup through `call_backend`, before its `<<< call_backend FAILED` (v0.4.10):
     * the guard's `>>> call_backend: tool=X`, the gateway's `WASM guard calling backend: tool=X`, its reason
     * (`get_collaborator_permission: no GitHub token available for …, skipping`) and `Backend call failed: X: reason`.
     */
    guardLookupDebug(message) {
        let m;
        if ((m = /^\[guard:[^\]]*\] INFO: >>> call_backend: tool=(\S+)\s*$/.exec(message))) {
            this.lookup = { tool: this.names.get(m[1]), reason: null };
        }
        else if (/^\[guard:[^\]]*\] INFO: <<< call_backend returned /.test(message)) {
            this.lookup = { tool: null, reason: null }; // that lookup succeeded
        }
        else if ((m = /^WASM guard calling backend: tool=(\S+)\s*$/.exec(message))) {
            if (this.lookup.tool !== m[1])
                this.lookup = { tool: this.names.get(m[1]), reason: null };
        }
        else if ((m = /^Backend call failed: (.+)$/.exec(message))) {
            // `get_collaborator_permission: no GitHub token available`, or the backend's error for a forwarded lookup
            // (`calling "tools/call": API rate limit exceeded …`)
            const own = /^([a-z_]+): (.+)$/.exec(m[1]);
            if (own && (this.lookup.tool === null || this.lookup.tool === own[1])) {
                this.lookup.tool ??= this.names.get(own[1]);
                this.lookup.reason = own[2].trim().slice(0, 200);
            }
            else
                this.lookup.reason = m[1].trim().slice(0, 200);
        }
        else if ((m = /^get_collaborator_permission: (no GitHub token available)\b/.exec(message))) {
            this.lookup.reason ??= m[1];
        }
        else
            return false;
        return true;
    }
    /** `guardName` is the `[⟨guard⟩] ` the guard's own messages start with (split off like a server prefix). */
    guard(level, msg, guardName, h) {
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'ERROR' && guardName && (m = /^<<< call_backend FAILED with code (-?\d+)\s*$/.exec(msg))) {
            const code = Number(m[1]);
            const e = {
                type: 'GuardLookupFailed',
                guard: guardName,
                tool: this.lookup.tool,
                code: Number.isSafeInteger(code) ? code : null,
                reason: this.lookup.reason,
                loc: L(),
            };
            this.lookup = { tool: null, reason: null };
            this.lastLookupFailure = e;
            this.ctx.emit(e);
            return;
        }
        if (level === 'WARN' &&
            guardName &&
            (m = /^Backend call ([A-Za-z0-9_]+) failed with code -?\d+\s*$/.exec(msg))) {
            // The guard's own follow-up names the tool: it completes a failure whose debug records were not logged.
            const last = this.lastLookupFailure;
            if (last && last.guard === guardName && last.tool === null)
                last.tool = this.names.get(m[1]);
            return;
        }
        if (level === 'INFO' && (m = /^Registered guard '([^']*)' for server '([^']*)'/.exec(msg))) {
            this.ctx.emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: false, loc: L() });
        }
        else if (level === 'WARN' &&
            guardName &&
            /^Repo visibility lookup (?:rate-limited|result for .*: unknown \(rate-limited)/.test(msg)) {
            this.ctx.emit({ type: 'RateLimit', kind: 'guard-lookup', server: guardName, loc: L() });
        }
    }
    backend(level, msg, server, h, cont) {
        const { emit } = this.ctx;
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'ERROR') {
            if ((m = /^WASM guard trap: guard=([^,]*), func=([^,]*), error=(.*)$/s.exec(msg))) {
                const wasm = parseWasmError(m[3], cont);
                emit({
                    type: 'WasmTrap',
                    guard: m[1],
                    func: m[2],
                    cause: wasm?.cause ?? m[3].replace(/^WASM function call failed: /, '').trim(),
                    source: this.ctx.kind === 'proxy' ? 'proxy' : 'gateway',
                    loc: L(),
                });
                return;
            }
            if ((m = /^circuit breaker for server "([^"]*)" (?:re-)?OPENED/.exec(msg))) {
                emit({ type: 'RateLimit', kind: 'circuit-breaker', server: m[1], loc: L() });
                return;
            }
            const template = BACKEND_ERRORS.find((t) => t.re.test(msg));
            if (template) {
                const url = /^All HTTP transports failed for url=(\S+)/.exec(msg)?.[1];
                const named = /(?:^Failed to register tools from |\bserver=)([^\s,:()]+)|\bserver "([^"]+)"/
                    .exec(msg)
                    ?.slice(1)
                    .find((x) => x !== undefined) ??
                    (url !== undefined ? (this.httpServers.get(url) ?? null) : null) ??
                    server;
                const message = template.withBody ? withBody(msg, cont) : msg;
                emit({ type: 'GatewayError', template: template.name, message, server: named, loc: L() });
            }
            return;
        }
        if (level === 'INFO') {
            if ((m = /^Configuring HTTP MCP backend: ([^,\s]+), url=(\S+)/.exec(msg)) &&
                this.httpServers.size < 1000)
                this.httpServers.set(m[2], server ?? m[1]);
            return;
        }
        if (level !== 'WARN')
            return;
        if ((m = /^rate-limit error for server "([^"]*)"/.exec(msg))) {
            emit({ type: 'RateLimit', kind: 'backend', server: m[1] ?? server, loc: L() });
        }
        else if ((m = /^circuit breaker for server "([^"]*)": stranded HALF-OPEN probe detected/.exec(msg))) {
            emit({ type: 'RateLimit', kind: 'circuit-breaker-probe', server: m[1], loc: L() });
        }
        else if (/^HTTP backend is not ready: /.test(msg)) {
            // Since 2026-08-07: a request to a routed HTTP backend whose tools are not registered yet got 503. A fact,
            // not a failure of its own: the backend's startup failure is the finding, unless it registered later.
            emit({ type: 'BackendNotReady', server, loc: L() });
        }
    }
    client(level, msg, h, cont) {
        const { emit } = this.ctx;
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'INFO') {
            if ((m = /^MCP tool call request, session=[^,]*, tool=([^,]*), args=/.exec(msg))) {
                emit({
                    type: 'ToolCallRequest',
                    tool: this.names.get(canonicalTool(m[1])),
                    loc: this.excerpts.loc('request', this.ctx.file, h.line, h.raw),
                });
            }
            else if ((m = /^MCP tool call response, session=[^,]*, tool=([^,]*), result=(.*)$/s.exec(msg))) {
                const result = toolResultRepos(m[2]);
                const where = result.repos.length > 0 ? L() : this.excerpts.loc('response', this.ctx.file, h.line, h.raw);
                emit({ type: 'ToolCallResponse', tool: this.names.get(canonicalTool(m[1])), ...result, loc: where });
            }
        }
        else if (level === 'ERROR') {
            if ((m = /^MCP tool call error, session=[^,]*, tool=([^,]*), error=(.*)$/s.exec(msg))) {
                emit({
                    type: 'ToolCallError',
                    tool: canonicalTool(m[1]),
                    error: m[2],
                    afterTrapGuard: afterTrapGuard(m[2]),
                    wasm: parseWasmError(m[2], cont),
                    source: 'gateway',
                    loc: L(),
                });
                // `rate limit circuit breaker is OPEN for server %q …`; since 2026-08-05 also `is HALF-OPEN` (§7.6).
                const cb = /^rate limit circuit breaker is (OPEN|HALF-OPEN) for server "([^"]*)"/.exec(m[2]);
                if (cb)
                    emit({ type: 'CircuitBreakerRejection', server: cb[2], state: cb[1], loc: L() });
            }
            else if (/^upstream rate limit hit: /.test(msg)) {
                emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: L() });
            }
            else if ((m = /^Rejected MCP client connection: (.*), remote=(\S*), path=(\S*)\s*$/.exec(msg))) {
                emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
            }
        }
    }
    proxy(level, msg, h, cont) {
        const { emit } = this.ctx;
        const L = () => loc(this.ctx.file, h.line, h.raw);
        let m;
        if (level === 'ERROR') {
            if ((m = /^Request rejected: status=(\d+) code=(\S+) message=(.*?) err=(.*)$/s.exec(msg))) {
                const [, status, , message, err] = m;
                if (message.startsWith('resource labeling failed')) {
                    this.proxyLabelingRejection(err, h, cont);
                }
                else if (status === '503') {
                    emit({
                        type: 'GatewayError',
                        template: 'Proxy enforcement not configured',
                        message: msg,
                        loc: L(),
                    });
                }
            }
            else if (/^returning 503: proxy enforcement not configured/.test(msg)) {
                emit({ type: 'GatewayError', template: 'Proxy enforcement not configured', message: msg, loc: L() });
            }
            else if (/^upstream rate limit hit: /.test(msg)) {
                emit({ type: 'RateLimit', kind: 'upstream', server: null, loc: L() });
            }
        }
        else if (level === 'WARN' && (m = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/s.exec(msg))) {
            const v = parseRedactedJson(m[1]);
            if (isRecord(v))
                emit({
                    type: 'UnrecognizedEndpoint',
                    method: str(v.method),
                    path: str(v.path),
                    source: 'proxy',
                    loc: L(),
                });
            else if (v === undefined && m[1].includes('[REDACTED]') && /^\{"method":"[A-Z]+"/.test(m[1]))
                // Redacted (§3.1): still one forwarded request; a path the redaction ran into is kept up to the cut.
                emit({
                    type: 'UnrecognizedEndpoint',
                    method: looseString(m[1], 'method') ?? '',
                    path: looseString(m[1], 'path') ?? /"path":"([^"\s]*)/.exec(m[1])?.[1] ?? '',
                    source: 'proxy',
                    loc: L(),
                });
        }
        else if (level === 'INFO' &&
            (m = /^DIFC filtered (\d+)\/(\d+) items for \S+ \S+ \(tool=([^)]*)\)/.exec(msg))) {
            const c = partOf(m[1], m[2]);
            if (c)
                emit({
                    type: 'FilterCount',
                    tool: m[3] ? this.names.get(canonicalTool(m[3])) : null,
                    filtered: c.part,
                    total: c.whole,
                    source: 'proxy',
                    loc: L(),
                });
        }
    }
}
const TOOLS_CALL = ascii('tools/call ');
/** `⟨server⟩→tools/call ` at the start of an RPC message, checked on the bytes (`→` is E2 86 92). */
function isToolCallRequest(buf, msg, end) {
    const limit = Math.min(end - 14, msg + 128);
    for (let i = msg; i < limit; i++) {
        const c = buf[i];
        if (c === 0x20)
            return false;
        if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x92)
            return startsWithAt(buf, i + 3, end, TOOLS_CALL);
    }
    return false;
}
/**
 * A `[DIFC-FILTERED]` object the redaction broke (§3.1): it carries the `[REDACTED]` marker and still names its
 * server or tool. Other text that does not parse is not an item.
 */
function isRedactedItem(text) {
    return (text.includes('[REDACTED]') &&
        (looseString(text, 'server_id') !== null || looseString(text, 'tool_name') !== null));
}
/** After `callWasmFunction: guard=`: the guard name, then ` is unavailable after a previous trap` (not `, func=`). */
function isRefusal(buf, msg, end) {
    const from = msg + WASM_CALL.length;
    const limit = Math.min(end, from + 128);
    for (let i = from; i < limit; i++) {
        const c = buf[i];
        if (c === 0x2c)
            return false;
        if (c === 0x20)
            return startsWithAt(buf, i, end, REFUSED);
    }
    return false;
}
/** The first line of a message plus its first non-blank continuation line (multi-line `%v` errors). */
function withBody(msg, cont) {
    const detail = cont.find((c) => c.trim() !== '');
    return detail === undefined ? msg : `${msg.trimEnd()} ${detail.trim()}`;
}
/**
 * `Environment validation failed: %s` where `%s` repeats the prefix and lists the errors on continuation lines
 * (`Environment validation failed: Environment validation failed:` + `  - ⟨error⟩`, §7.7): one failure, said once.
 */
function environmentFailure(msg, cont) {
    const head = msg.replace(/^(?:Environment validation failed:\s*)+/i, '').trim();
    const items = cont
        .map((c) => /^\s*-\s+(.*\S)/.exec(c)?.[1])
        .filter((x) => x !== undefined)
        .slice(0, 5);
    const parts = [head, ...items].filter((x) => x !== '');
    return `Environment validation failed: ${parts.join('; ')}`.trim();
}
const BACKEND_ERRORS = [
    // Since 2026-08-09: the container backend broke the host-path mount policy and was not launched.
    { name: 'Mount policy violation', re: /^Mount policy violation: /, withBody: true },
    { name: 'MCP backend connection failed', re: /^MCP backend connection failed/ },
    { name: 'MCP backend command not found', re: /^MCP backend command not found/ },
    { name: 'MCP backend connection/protocol error', re: /^MCP backend connection\/protocol error/ },
    { name: 'MCP connection failed', re: /^MCP connection failed: / },
    { name: 'All HTTP transports failed', re: /^All HTTP transports failed/ },
    { name: 'MCP backend server startup timeout', re: /^MCP backend server startup timeout/ },
    { name: 'Session reconnect failed', re: /^(?:Session|SDK session) reconnect failed for / },
    { name: 'Failed to register tools', re: /^Failed to register tools from / },
    { name: 'Tool registration incomplete', re: /^Tool registration incomplete: / },
    {
        name: 'Health check restart failed',
        re: /^Health check: (?:restart failed for server|server "[^"]*" reached max restart attempts)/,
    },
];
const RESP_ERR = ascii('resp ');
/** `⟨server⟩←resp ⟨n⟩b err:` at the start of an RPC message (`←` is E2 86 90): a backend call that failed. */
function isErrorResponse(buf, msg, end) {
    const limit = Math.min(end - 8, msg + 128);
    for (let i = msg; i < limit; i++) {
        const c = buf[i];
        if (c === 0x20)
            return false;
        if (c === 0xe2 && buf[i + 1] === 0x86 && buf[i + 2] === 0x90) {
            let j = i + 3;
            if (!startsWithAt(buf, j, end, RESP_ERR))
                return false;
            j += RESP_ERR.length;
            while (j < end && buf[j] >= 0x30 && buf[j] <= 0x39)
                j++;
            return (buf[j] === 0x62 &&
                buf[j + 1] === 0x20 &&
                buf[j + 2] === 0x65 &&
                buf[j + 3] === 0x72 &&
                buf[j + 4] === 0x72);
        }
    }
    return false;
}
/** `[guard:⟨name⟩] INFO: >>> call_backend: tool=`, `Backend call failed: ` or `WASM guard calling backend: tool=`. */
function isGuardLookupDebug(buf, msg, end) {
    if (startsWithAt(buf, msg, end, BACKEND_CALL_FAILED) || startsWithAt(buf, msg, end, GUARD_CALLING_BACKEND))
        return true;
    if (!startsWithAt(buf, msg, end, GUARD_MSG_START))
        return false;
    const close = indexOfByte(buf, 0x5d, msg + GUARD_MSG_START.length, Math.min(end, msg + 72));
    return (close > 0 &&
        (startsWithAt(buf, close, end, CALL_BACKEND_TOOL) || startsWithAt(buf, close, end, CALL_BACKEND_RETURNED)));
}
function safeJson(text) {
    const v = parseRedactedJson(text);
    return v === undefined ? null : v;
}
/** `Guard policy: {"allow-only":{"min-integrity":"approved","repos":[...]}}` → repos and min-integrity. */
function parsePolicy(text) {
    const v = safeJson(text);
    if (!isRecord(v)) {
        // A redacted line (§3.1): read the two fields one by one.
        const min = looseString(text, 'min-integrity');
        const all = /"repos":"(all|public)"/.exec(text)?.[1];
        return { repos: all ?? looseStringArray(text, 'repos') ?? null, minIntegrity: min };
    }
    const body = isRecord(v['allow-only']) ? v['allow-only'] : isRecord(v.allowonly) ? v.allowonly : v;
    const repos = body.repos;
    const min = body['min-integrity'] ?? body.min_integrity;
    return {
        repos: repos === 'all' || repos === 'public'
            ? repos
            : Array.isArray(repos)
                ? repos.filter((r) => typeof r === 'string')
                : null,
        minIntegrity: typeof min === 'string' ? min : null,
    };
}
async function parseGatewayLog(stream, ctx) {
    const parser = new GatewayRecordParser(ctx);
    const stats = await forEachLineBytes(stream, parser);
    parser.end();
    return stats;
}

;// CONCATENATED MODULE: ./src/parsers/rpc-jsonl.ts




const INTERESTING = /difc_filtered|DIFC_FILTERED|unrecognized_endpoint_passthrough|tools\/call/;
/** The `event` values of rpc-messages.jsonl (§4.1). `gateway.jsonl` uses `event` for other things (§4.6). */
const EVENTS = new Set([
    'rpc_request',
    'rpc_response',
    'difc_filtered',
    'unrecognized_endpoint_passthrough',
    'rpc_unknown',
]);
/**
 * The record kind: `event` when it is one of the rpc-messages kinds, else the legacy `type` mapped to the v2 name
 * (`gateway.jsonl` records carry both, e.g. `"type":"DIFC_FILTERED","event":"tool_call"`).
 */
function recordKind(r) {
    if (typeof r.event === 'string' && (EVENTS.has(r.event) || r.type === undefined))
        return r.event;
    switch (r.type) {
        case 'REQUEST':
            return 'rpc_request';
        case 'RESPONSE':
            return 'rpc_response';
        case 'DIFC_FILTERED':
            return 'difc_filtered';
        default:
            return null;
    }
}
/**
 * Writer order puts `timestamp` then `event`/`type` first (§4.1). When a line starts that way, its kind is read
 * from the first bytes: backend responses, the bulk of the file, are skipped without decoding. A line in any
 * other order takes the full path.
 */
const TS_KEY = ascii('{"timestamp":"');
const RESPONSE_KINDS = [ascii('","event":"rpc_response"'), ascii('","type":"RESPONSE"')];
function isBackendResponse(buf, start, end) {
    if (!startsWithAt(buf, start, end, TS_KEY))
        return false;
    const close = indexOfByte(buf, 0x22, start + TS_KEY.length, Math.min(end, start + TS_KEY.length + 40));
    return close > 0 && buf[close - 1] !== 0x5c && RESPONSE_KINDS.some((k) => startsWithAt(buf, close, end, k));
}
/**
 * Whether a response line has a top-level `"error":"…"` before its payload (writer order: `…,"server_id":"x",
 * "error":"…","payload":…`). Inside the payload every quote of a string is escaped, so only a key can match; the
 * record is parsed before it counts.
 */
const ERROR_KEY = ascii(',"error":"');
const PAYLOAD_KEY = ascii(',"payload":');
function hasErrorKey(buf, start, end) {
    const limit = Math.min(end, start + 400) - ERROR_KEY.length;
    for (let i = start; i < limit; i++) {
        if (buf[i] !== 0x2c)
            continue;
        if (startsWithAt(buf, i, end, ERROR_KEY))
            return true;
        if (startsWithAt(buf, i, end, PAYLOAD_KEY))
            return false;
    }
    return false;
}
function isSpace(b) {
    return b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;
}
/** A `tools/call` request in writer order: the server id is read from the first bytes, no JSON.parse needed. */
const TOOLS_CALL_REQUEST = /^\{"timestamp":"[^"\\]*","(?:event":"rpc_request","_schema":"rpc-message\/v2"|type":"REQUEST"),"direction":"OUT","server_id":"([^"\\]*)","method":"tools\/call"[,}]/;
const REQUEST_PEEK = 240;
async function parseRpcJsonl(stream, file, emit) {
    const parser = new RpcJsonlParser(file, emit);
    await forEachLineBytes(stream, parser);
    return parser.stats;
}
/** One file's records, a line at a time (a class, not a closure: see LineSink). */
class RpcJsonlParser {
    file;
    emit;
    stats = { lines: 0, invalid: 0, records: 0 };
    excerpts = new ExcerptBudget();
    names = new Interner();
    constructor(file, emit) {
        this.file = file;
        this.emit = emit;
    }
    lineBytes(buf, start, end, n) {
        const { stats, file, emit } = this;
        stats.lines++;
        // Blank lines are no records; a line that is not `{…}` (a last line cut by a killed writer, stray text) is an
        // invalid one, counted without decoding it. Only the records read below are parsed in full.
        let first = start;
        let last = end - 1;
        while (first <= last && isSpace(buf[first]))
            first++;
        while (last >= first && isSpace(buf[last]))
            last--;
        if (first > last)
            return;
        if (buf[first] !== 0x7b || buf[last] !== 0x7d) {
            stats.invalid++;
            return;
        }
        if (isBackendResponse(buf, start, end)) {
            // A response is read only when it carries the gateway's `error` (a call that failed in its client).
            if (hasErrorKey(buf, start, end))
                this.record(buf.toString('utf8', start, end), n);
            return;
        }
        const fast = TOOLS_CALL_REQUEST.exec(buf.toString('latin1', start, Math.min(end, start + REQUEST_PEEK)));
        if (fast && /^[\x20-\x7e]*$/.test(fast[1])) {
            stats.records++;
            const where = this.excerpts.loc('call', file, n, () => buf.toString('utf8', start, Math.min(end, start + 600)));
            emit({
                type: 'BackendToolCall',
                server: this.names.get(fast[1] || 'unknown'),
                source: 'jsonl',
                loc: where,
            });
            return;
        }
        const line = buf.toString('utf8', start, end);
        if (INTERESTING.test(line))
            this.record(line, n);
    }
    record(line, n) {
        const { stats, file, emit } = this;
        // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
        if (line.trimStart()[0] !== '{') {
            stats.invalid++;
            return;
        }
        let r;
        try {
            r = JSON.parse(line);
        }
        catch {
            stats.invalid++;
            return;
        }
        if (!isRecord(r)) {
            stats.invalid++;
            return;
        }
        stats.records++;
        const kind = recordKind(r);
        if (kind === 'rpc_response') {
            if (typeof r.error === 'string' && r.error !== '')
                emit({
                    type: 'BackendCallFailed',
                    server: this.names.get(str(r.server_id) || 'unknown'),
                    error: r.error.trim().slice(0, 300),
                    source: 'jsonl',
                    loc: this.excerpts.loc('failed', file, n, line),
                });
        }
        else if (kind === 'difc_filtered') {
            emit({
                type: 'DifcFiltered',
                server: str(r.server_id) || 'unknown',
                tool: canonicalTool(str(r.tool_name)),
                description: str(r.description),
                reason: str(r.reason),
                integrityTags: stringArrayOrNull(r.integrity_tags),
                secrecyTags: stringArrayOrNull(r.secrecy_tags),
                source: 'jsonl',
                loc: loc(file, n, line),
            });
        }
        else if (kind === 'rpc_request' && r.method === 'tools/call' && r.direction !== 'IN') {
            emit({
                type: 'BackendToolCall',
                server: str(r.server_id) || 'unknown',
                source: 'jsonl',
                loc: this.excerpts.loc('call', file, n, line),
            });
        }
        else if (kind === 'unrecognized_endpoint_passthrough') {
            emit({
                type: 'UnrecognizedEndpoint',
                method: str(r.method),
                path: str(r.path),
                source: 'jsonl',
                loc: loc(file, n, line),
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/parsers/gateway-md.ts


const BULLET = /^- (✓|⚠️|✗|🔍|•) \*\*([^*]+)\*\*(?: (.*))?$/u;
/** The RPC bullet of a request to a backend (§5, §7.4): `- 🔍 rpc **⟨server⟩**→`tools/call` `⟨tool⟩``. */
const RPC_TOOLS_CALL = /^- 🔍 rpc \*\*([A-Za-z0-9][A-Za-z0-9_.-]*)\*\*→`tools\/call`/u;
const SERVER_LIST = /^(?:Loaded \d+ MCP server\(s\):|Routes: \/mcp\/<server> (?:for servers:|where <server> is one of:)) \[([^\]]*)\]/;
/** Fences are indented by two spaces (technical messages, RPC payloads); the closing one is exactly this. */
const FENCE_OPEN = /^ {2}```/;
const FENCE_CLOSE = '  ```';
async function parseGatewayMd(stream, file, emit, 
/** Receives the attribution facts (RPC `tools/call` bullets, server lists); not read without it. */
hint) {
    let pending = null;
    let inFence = false;
    await forEachLine(stream, (rawLine, n) => {
        const line = rawLine.replace(/\x00/g, '');
        if (inFence) {
            // Fenced text is data. Only the first line of a technical bullet's block is its message; the lines after it
            // (unindented, e.g. an `MCP backend stderr output:` body) and RPC payloads are never bullets.
            if (line === FENCE_CLOSE) {
                inFence = false;
                pending = null;
            }
            else if (pending && line.trim() !== '') {
                const p = pending;
                pending = null;
                classify(p.emoji, p.cat, line.trim(), n, line.trim());
            }
            return;
        }
        if (FENCE_OPEN.test(line)) {
            inFence = true;
            return;
        }
        const rpc = RPC_TOOLS_CALL.exec(line);
        if (rpc && hint) {
            pending = null;
            hint({ type: 'BackendToolCall', server: rpc[1], source: 'markdown', loc: loc(file, n, line) });
            return;
        }
        const m = BULLET.exec(line);
        if (m) {
            pending = null;
            const [, emoji, cat, message] = m;
            if (message === undefined) {
                // technical form: the message follows in a fenced block
                pending = { cat, emoji, line: n, raw: line };
                return;
            }
            classify(emoji, cat, message, n, line);
            return;
        }
        if (pending) {
            const t = line.trim();
            if (t === '```' || t === '')
                return;
            const p = pending;
            pending = null;
            classify(p.emoji, p.cat, t, n, t);
        }
    });
    function classify(emoji, cat, message, n, raw) {
        const L = () => loc(file, n, raw);
        let m;
        if (cat === 'startup' && (m = /^MCPG Gateway version: (\S+)/.exec(message))) {
            emit({ type: 'GatewayVersion', version: m[1], loc: L() });
        }
        else if (cat === 'startup' && emoji === '✓' && (m = SERVER_LIST.exec(message))) {
            for (const server of m[1]
                .trim()
                .split(/\s+/)
                .filter((s) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(s)))
                hint?.({ type: 'ServerNamed', server, complete: true, source: 'markdown', loc: L() });
        }
        else if (emoji !== '✗' && !(emoji === '⚠️' && cat === 'proxy')) {
            return;
        }
        else if (cat === 'startup' && /^(Configuration|Environment) validation failed/.test(message)) {
            emit({
                type: 'GatewayError',
                template: message.startsWith('C')
                    ? 'Configuration validation failed'
                    : 'Environment validation failed',
                message,
                loc: L(),
            });
        }
        else if (cat === 'backend' &&
            (m =
                /^(MCP backend connection failed|MCP backend command not found|MCP backend connection\/protocol error)/.exec(message))) {
            emit({ type: 'GatewayError', template: m[1], message, loc: L() });
        }
        else if (cat === 'auth' &&
            (m = /^(?:Request rejected|Authentication failed): (.*), remote=(\S*), path=(\S*)\s*$/.exec(message))) {
            emit({ type: 'AuthRejected', reason: m[1], path: m[3], shutdownNoise: m[3] === '/close', loc: L() });
        }
        else if (cat === 'proxy' && (m = /^\[UNRECOGNIZED-ENDPOINT\] (\{.*)$/.exec(message))) {
            try {
                const v = JSON.parse(m[1]);
                if (isRecord(v))
                    emit({
                        type: 'UnrecognizedEndpoint',
                        method: str(v.method),
                        path: str(v.path),
                        source: 'markdown',
                        loc: L(),
                    });
            }
            catch {
                /* data */
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/parsers/stderr-log.ts



const STD_LOG = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} (.*)$/s;
const ENTRYPOINT = /^\[(INFO|WARN|ERROR)\] /;
const DEBUG_ECHO = /^[a-z][\w.-]*:[\w.:-]+ .* \+[\d.]+(ns|µs|ms|s|m|h)$/;
const PANIC = /^panic: (.*)$/;
const GOROUTINE = /^goroutine \d+ \[/;
/** The fatal exit text (`log.Fatalf`, with or without the std-log date). */
const EXIT = /^(failed to load config|failed to create unified server|environment validation failed): /i;
/**
 * JSONL writer health (since 2026-08-12, §6.2): `WARNING: JSONL logEntry called but logger not initialized, dropping
 * entry`, `WARNING: Failed to encode JSONL entry: %v`, `WARNING: Failed to sync JSONL log file: %v`. Each means
 * rpc-messages.jsonl is incomplete. (`Warning: Failed to initialize JSONL logger` means there is no file at all.)
 */
const JSONL_WARNING = /^WARNING: .*\bJSONL\b/;
async function parseStderrLog(stream, file, emit, options = { gatewayFallback: false }) {
    const gateway = options.gatewayFallback
        ? new GatewayRecordParser({ file, kind: 'gateway', emit, hint: options.hint })
        : null;
    let pending = null;
    let inGatewayRecord = false;
    const flush = () => {
        if (pending)
            classify(pending);
        pending = null;
    };
    function classify(p) {
        const L = () => loc(file, p.line, p.raw);
        let m;
        const body = p.body;
        if ((m = /^\[DIFC\] (Guard|Response) labeling failed: (.*)$/s.exec(body))) {
            const wasm = parseWasmError(m[2], p.cont);
            const trap = afterTrapGuard(m[2]);
            emit({
                type: 'LabelingFailure',
                kind: m[1] === 'Guard' ? 'guard' : 'response',
                guard: trap ?? wasm?.module ?? null,
                server: null,
                message: m[2],
                wasm,
                afterTrap: trap !== null,
                source: 'stderr',
                loc: L(),
            });
        }
        else if ((m = /^\[DIFC\] Registered guard '([^']*)' for server '([^']*)'/.exec(body))) {
            emit({ type: 'GuardRegistered', guard: m[1], server: m[2], legacy: true, loc: L() });
        }
        else if (/^DIFC enforcement disabled/.test(body)) {
            emit({ type: 'EnforcementDisabled', legacy: true, loc: L() });
        }
        else if ((m = /^\[DIFC\] STRICT MODE: Blocking entire response - (\d+)\/(\d+) items/.exec(body))) {
            const c = partOf(m[1], m[2]);
            if (c)
                emit({ type: 'StrictBlock', filtered: c.part, total: c.whole, loc: L() });
        }
        else if ((m = /^http: panic serving (\S+): (.*)$/s.exec(body))) {
            emit({
                type: 'GatewayError',
                template: 'Go panic (http handler)',
                message: `http: panic serving: ${m[2]}`,
                loc: L(),
            });
        }
        else if ((m = PANIC.exec(body))) {
            emit({ type: 'GatewayError', template: 'Go panic (fatal)', message: `panic: ${m[1]}`, loc: L() });
        }
        else if ((m = /^\[LAUNCHER\] ❌ FAILED to connect to server '([^']*)'/.exec(body))) {
            emit({
                type: 'GatewayError',
                template: 'Launcher failed to connect to server',
                message: body,
                server: m[1],
                loc: L(),
            });
        }
        else if ((m = /^FAILED to create HTTP connection for server "([^"]*)"/.exec(body))) {
            // Also one per late-registration retry of a routed HTTP backend (since 2026-08-07).
            emit({
                type: 'GatewayError',
                template: 'Failed to create HTTP connection',
                message: body,
                server: m[1],
                loc: L(),
            });
        }
        else if (/^FAILED to create HTTP connection for server /.test(body)) {
            emit({ type: 'GatewayError', template: 'Failed to create HTTP connection', message: body, loc: L() });
        }
        else if (/^environment validation failed: /i.test(body)) {
            // Since 2026-07-29 in gh-aw runs: the same failure as the log's `Environment validation failed` record (one
            // fact: collect keeps this copy only when no log has it).
            emit({
                type: 'GatewayError',
                template: 'Environment validation failed',
                message: environmentFailure(body.replace(/^environment/, 'Environment'), p.cont),
                loc: L(),
            });
        }
        else if ((m = /^\[CONFIG\] Configured HTTP MCP server: ([A-Za-z0-9][A-Za-z0-9_.-]*) -> /.exec(body))) {
            options.hint?.({ type: 'ServerNamed', server: m[1], complete: false, source: 'config', loc: L() });
        }
        else if ((m = /^(failed to load config|failed to create unified server): /.exec(body))) {
            emit({ type: 'GatewayError', template: `Gateway exited: ${m[1]}`, message: body, loc: L() });
        }
        else if (JSONL_WARNING.test(body)) {
            emit({ type: 'JsonlWriterWarning', message: body, loc: L() });
        }
    }
    await forEachLine(stream, (line, n) => {
        if (gateway && RECORD_START.test(line)) {
            flush();
            inGatewayRecord = true;
            gateway.line(line, n);
            return;
        }
        let m;
        if ((m = STD_LOG.exec(line))) {
            flush();
            inGatewayRecord = false;
            pending = { line: n, raw: line, body: m[1], cont: [] };
        }
        else if (PANIC.test(line)) {
            flush();
            inGatewayRecord = false;
            pending = { line: n, raw: line, body: line, cont: [] };
        }
        else if (EXIT.test(line) ||
            JSONL_WARNING.test(line) ||
            /^\[CONFIG\] Configured HTTP MCP server: /.test(line)) {
            flush();
            inGatewayRecord = false;
            pending = { line: n, raw: line, body: line, cont: [] };
        }
        else if (ENTRYPOINT.test(line) || DEBUG_ECHO.test(line) || GOROUTINE.test(line)) {
            flush();
            inGatewayRecord = false;
        }
        else if (inGatewayRecord && gateway) {
            gateway.line(line, n);
        }
        else {
            const p = pending;
            if (p && p.cont.length < 40)
                p.cont.push(line);
        }
    });
    flush();
    gateway?.end();
}

;// CONCATENATED MODULE: ./src/parsers/firewall.ts
/** Blocked iff the result starts with TCP_DENIED or the status is 403/407; allowed iff 2xx/3xx or a tunnel/hit/miss. */
function classify(result, status) {
    if (result.startsWith('TCP_DENIED') || status === 403 || status === 407)
        return 'blocked';
    if ((status >= 200 && status < 400) || /^TCP_(TUNNEL|HIT|MISS)/.test(result))
        return 'allowed';
    return 'other';
}
/** `host:port` → host and port; handles `[v6]:port`. */
function splitHostPort(value) {
    const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
    if (v6)
        return { host: v6[1].toLowerCase(), port: v6[2] ?? null };
    const m = /^(.*?)(?::(\d+))?$/.exec(value);
    return { host: (m?.[1] ?? value).toLowerCase().replace(/\.$/, ''), port: m?.[2] ?? null };
}
/** The destination host of a request: the CONNECT target, else the Host header, else the URL's host. */
function destination(method, hostField, url) {
    if (method === 'CONNECT' && url && url !== '-')
        return splitHostPort(url);
    if (hostField && hostField !== '-')
        return splitHostPort(hostField);
    if (!url)
        return null;
    try {
        const u = new URL(url);
        return { host: u.hostname.toLowerCase(), port: u.port || null };
    }
    catch {
        return null;
    }
}
/** Internal AWF destinations (never reported): 172.30.0.0/24, topology peers, single-label hosts. */
function isInternalDestination(host, topologyPeers) {
    if (/^172\.30\.0\.\d{1,3}$/.test(host))
        return true;
    if (topologyPeers.has(host))
        return true;
    if (!host.includes('.') && !host.includes(':'))
        return true;
    return false;
}
class FirewallAccumulator {
    summary;
    constructor(source) {
        this.summary = { source, total: 0, blocked: 0, domains: new Map(), firstBlock: new Map() };
    }
    /** `where` is the line's location; only a blocked request's is kept (the first per host), so allowed ones need none. */
    add(host, port, decision, where, reason) {
        const s = this.summary;
        s.total = (s.total ?? 0) + 1;
        let d = s.domains.get(host);
        if (!d) {
            d = { host, blocked: 0, allowed: 0, ports: [], reasons: [] };
            s.domains.set(host, d);
        }
        if (decision === 'blocked') {
            s.blocked++;
            d.blocked++;
            if (port && !d.ports.includes(port) && d.ports.length < 10)
                d.ports.push(port);
            if (reason && !d.reasons.includes(reason) && d.reasons.length < 5)
                d.reasons.push(reason);
            if (where && !s.firstBlock.has(host))
                s.firstBlock.set(host, where);
        }
        else if (decision === 'allowed')
            d.allowed++;
    }
}

;// CONCATENATED MODULE: ./src/parsers/access-log.ts



const LINE = /^(\d+(?:\.\d+)?) (\S+):(\d+) (\S+) (\S+) (\S+) (\S+) (\d+) ([A-Z_]+):([A-Z_]+) (\S+) "([^"]*)"/;
async function parseAccessLog(stream, file, topologyPeers) {
    const parser = new AccessLogParser(file, topologyPeers);
    await forEachLineBytes(stream, parser);
    return { summary: parser.acc.summary, stats: parser.stats };
}
/** One file's entries, a line at a time (a class, not a closure: see LineSink). */
class AccessLogParser {
    file;
    topologyPeers;
    acc = new FirewallAccumulator('access.log');
    stats = { lines: 0, unparsed: 0 };
    constructor(file, topologyPeers) {
        this.file = file;
        this.topologyPeers = topologyPeers;
    }
    lineBytes(buf, start, end, n) {
        if (end === start || buf[start] === 0x23 /* # */)
            return;
        const line = buf.toString('utf8', start, end);
        this.stats.lines++;
        const m = LINE.exec(line);
        if (!m) {
            this.stats.unparsed++;
            return;
        }
        const [, , client, , hostField, , , method, statusText, result, , url] = m;
        const status = Number(statusText);
        // Squid-internal noise: `::1` client, no host and no method, `error:` URLs.
        if (client === '::1' ||
            client.startsWith('::1') ||
            (hostField === '-' && method === '-') ||
            url.startsWith('error:'))
            return;
        const dest = destination(method, hostField, url);
        if (!dest || dest.host === '' || dest.host === '-')
            return;
        if (isInternalDestination(dest.host, this.topologyPeers))
            return;
        const decision = classify(result, status);
        this.acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(this.file, n, line) : null);
    }
}

;// CONCATENATED MODULE: ./src/parsers/audit-jsonl.ts



async function parseAuditJsonl(stream, file, topologyPeers) {
    const acc = new FirewallAccumulator('audit.jsonl');
    let invalid = 0;
    await forEachLine(stream, (line, n) => {
        if (line.trim() === '')
            return;
        // Only objects are records: anything else is invalid without the cost of a JSON.parse exception.
        if (line.trimStart()[0] !== '{')
            return (invalid++, undefined);
        let r;
        try {
            r = JSON.parse(line);
        }
        catch {
            invalid++; // Squid does not JSON-escape: skip unparsable lines
            return;
        }
        if (!isRecord(r))
            return (invalid++, undefined);
        if (typeof r._schema === 'string' && !r._schema.startsWith('audit/'))
            return;
        if (r.event !== undefined && r.event !== 'http_access')
            return;
        const client = str(r.client);
        const method = str(r.method);
        const url = str(r.url);
        if (client === '::1' || client.startsWith('::1') || url.startsWith('error:'))
            return;
        const dest = destination(method, str(r.host), url);
        if (!dest || dest.host === '' || dest.host === '-')
            return;
        if (isInternalDestination(dest.host, topologyPeers))
            return;
        const status = typeof r.status === 'number' ? r.status : Number(r.status) || 0;
        const decision = classify(str(r.decision), status);
        acc.add(dest.host, dest.port, decision, decision === 'blocked' ? loc(file, n, line) : null);
    });
    return { summary: acc.summary, invalid };
}

;// CONCATENATED MODULE: ./src/parsers/agent-stdio.ts



const ANSI = /\x1b\[[0-9;]*m/g;
const ITEM = /^\[WARN\] {3}- Blocked: (\S+) \((.*)\)$/;
const CODEX = /^\[WARN\] (\S+) is not in the allowed domains\. To allow access, add --allow-domains\s+(\S+) to your command\./;
async function parseAgentStdio(stream, file, topologyPeers) {
    const acc = new FirewallAccumulator('agent-stdio.log');
    let nonEmpty = false;
    let inSummary = false;
    let found = false;
    await forEachLine(stream, (raw, n) => {
        if (!nonEmpty && raw.trim() !== '')
            nonEmpty = true;
        if (!raw.includes('[WARN]')) {
            inSummary = false;
            return;
        }
        const line = raw.replace(ANSI, '');
        if (line === '[WARN] Firewall blocked domains:') {
            inSummary = true;
            return;
        }
        let m;
        if (inSummary && (m = ITEM.exec(line))) {
            const { host, port } = splitHostPort(m[1]);
            if (!isInternalDestination(host, topologyPeers)) {
                acc.add(host, port, 'blocked', loc(file, n, line), m[2]);
                found = true;
            }
            return;
        }
        inSummary = false;
        if ((m = CODEX.exec(line))) {
            for (const d of m[2].split(',')) {
                const { host, port } = splitHostPort(d.trim());
                if (host && !isInternalDestination(host, topologyPeers)) {
                    acc.add(host, port, 'blocked', loc(file, n, line), 'not in the allowed domains');
                    found = true;
                }
            }
        }
    });
    const summary = acc.summary;
    // The summary lists blocked domains only: the total number of requests is unknown.
    summary.total = null;
    return { nonEmpty, summary: found ? summary : null };
}

;// CONCATENATED MODULE: ./src/parsers/aw-info.ts

async function parseAwInfo(stream) {
    let error = null;
    const value = await readJsonObject(stream, 4 * 1024 * 1024, (e) => (error = e));
    if (!value)
        return { info: null, error };
    const runId = value.run_id;
    const s = (k) => (typeof value[k] === 'string' && value[k] !== '' ? value[k] : null);
    return {
        info: {
            raw: value,
            runId: typeof runId === 'number' && Number.isSafeInteger(runId) && runId >= 0
                ? String(runId)
                : typeof runId === 'string' && /^\d+$/.test(runId.trim())
                    ? runId.trim()
                    : null,
            workflowName: s('workflow_name'),
            repository: s('repository'),
            ref: s('ref'),
            eventName: s('event_name'),
            firewallVersion: s('awf_version') ?? s('firewall_version'),
        },
        error: null,
    };
}

;// CONCATENATED MODULE: ./src/parsers/tools-json.ts


async function parseToolsJson(stream) {
    const { value, error } = await readSmallJson(stream);
    if (error || !isRecord(value) || !isRecord(value.servers))
        return { tools: null, error };
    const tools = new Map();
    for (const [server, list] of Object.entries(value.servers)) {
        if (!Array.isArray(list))
            continue;
        const names = new Set();
        for (const t of list) {
            if (!isRecord(t) || typeof t.name !== 'string')
                continue;
            names.add(t.name);
            // Events name a feature-flag alias by its canonical tool (§8.5): the server serves that name too.
            names.add(canonicalTool(t.name));
        }
        tools.set(server, names);
    }
    return { tools, error: null };
}

;// CONCATENATED MODULE: ./src/parsers/activity-summary.ts

async function parseActivitySummary(stream) {
    const { value, error } = await readSmallJson(stream, 4 * 1024 * 1024);
    return { summary: isRecord(value) ? value : null, error };
}

;// CONCATENATED MODULE: ./src/parsers/policy-manifest.ts

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
async function parsePolicyManifest(stream, onError) {
    const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
    const peers = new Set();
    if (value && Array.isArray(value.topologyPeers)) {
        for (const p of value.topologyPeers)
            if (typeof p === 'string')
                peers.add(p.toLowerCase());
    }
    return peers;
}

;// CONCATENATED MODULE: ./src/parsers/run-folder-meta.ts

/** `onError` hears why a file that is there could not be used (invalid JSON, too large, not an object). */
async function parseRunJson(stream, onError) {
    const value = await readJsonObject(stream, 4 * 1024 * 1024, onError);
    if (!value)
        return {};
    const pick = (...keys) => {
        for (const k of keys)
            if (typeof value[k] === 'string' && value[k] !== '')
                return value[k];
        return null;
    };
    const out = {};
    const wf = pick('workflowName', 'workflow_name', 'name');
    if (wf)
        out.workflow = wf;
    const br = pick('headBranch', 'head_branch');
    if (br)
        out.branch = br;
    const url = pick('url', 'html_url', 'URL');
    if (url)
        out.url = url;
    const concl = pick('conclusion');
    if (concl)
        out.conclusion = concl;
    const ev = pick('event');
    if (ev)
        out.event = ev;
    const created = pick('createdAt', 'created_at');
    if (created)
        out.createdAt = created;
    return out;
}
/** `onError` hears why a file that is there could not be used (invalid JSON, too large, no job list). */
async function parseJobsJson(stream, onError) {
    const { value, error } = await readSmallJson(stream, 16 * 1024 * 1024);
    const list = Array.isArray(value)
        ? value
        : isRecord(value) && Array.isArray(value.jobs)
            ? value.jobs
            : null;
    const problem = error ?? (value === null || list ? null : 'no job list (an array, or an object with `jobs`)');
    if (problem)
        onError?.(problem);
    if (!list)
        return null;
    return list
        .filter(isRecord)
        .filter((j) => typeof j.name === 'string')
        .map((j) => ({
        name: j.name,
        conclusion: typeof j.conclusion === 'string' ? j.conclusion : null,
        status: typeof j.status === 'string' ? j.status : null,
    }));
}

;// CONCATENATED MODULE: ./src/model/jobs.ts
// gh-aw's job names: the activation jobs run before the agent (FORMATS.md §10.2).
/** `activation` or `pre_activation`: the jobs whose failure means the agent never ran. */
function isActivationJob(name) {
    return name === 'activation' || name === 'pre_activation';
}

;// CONCATENATED MODULE: ./src/parsers/job-log.ts




const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z /;
/** The error as Octokit / github-script print it, not the phrase anywhere in the log (logs echo untrusted text). */
const SIGNATURE = /^(?:##\[error\])?(?:Unhandled error: )?(?:RequestError \[HttpError\]|HttpError|Error): API rate limit exceeded for installation\b/;
/** The job a `workflow-logs/` file belongs to: `activation/1_Set up job.txt` or `4_activation.txt`. */
function jobOfWorkflowLog(path) {
    const rel = path.slice(path.indexOf('workflow-logs/') + 'workflow-logs/'.length);
    const dir = /^([^/]+)\//.exec(rel);
    if (dir)
        return dir[1];
    const file = /^\d+_(.+)\.txt$/.exec(rel);
    return file ? file[1] : null;
}
async function findActivationRateLimit(stream, file) {
    let hit = null;
    await forEachLine(stream, (line, n) => {
        if (hit || !line.includes('API rate limit exceeded for installation'))
            return;
        const body = line.replace(TIMESTAMP, '');
        if (SIGNATURE.test(body))
            hit = loc(file, n, line);
    });
    return hit;
}

;// CONCATENATED MODULE: ./src/util/errors.ts
// The text of a caught error, as a coverage note or a log line says it.
function errText(err) {
    if (!(err instanceof Error))
        return String(err);
    // Node's file-system errors end with the path (`EACCES: permission denied, open '/abs/run/x.log'`); the note that
    // carries this text names the file already, so the path is dropped rather than said twice.
    if ('path' in err && typeof err.path === 'string' && 'syscall' in err)
        return err.message.replace(/, \w+ '[^']*'( -> '[^']*')?$/, '');
    return err.message;
}

;// CONCATENATED MODULE: ./src/engine/collect.ts

















/**
 * Reads one evidence file with `read`. A stream error (a truncated zip entry, a vanished file) becomes a coverage
 * note; whatever was parsed before the error is kept. Lines cut at the line cap are noted too (not partial: the
 * records they start are read).
 */
async function withFile(file, notes, read) {
    let stream;
    try {
        stream = await file.open();
    }
    catch (err) {
        notes.push({
            file: file.path,
            reason: `could not be opened (${errText(err)})`,
            partial: true,
            kind: 'unreadable',
        });
        return null;
    }
    try {
        return await read(stream);
    }
    catch (err) {
        notes.push({
            file: file.path,
            reason: `could not be read to the end (${errText(err)})`,
            partial: true,
            kind: 'unreadable',
        });
        return null;
    }
    finally {
        const cut = lineStatsOf(stream)?.truncatedLines ?? 0;
        if (cut > 0)
            notes.push({
                file: file.path,
                reason: `${cut} over-long line(s) cut at ${DEFAULT_MAX_LINE_BYTES / 1024 / 1024} MiB`,
                partial: false,
            });
        stream.destroy();
    }
}
function serverIdOf(path) {
    return path.slice(path.lastIndexOf('/') + 1).replace(/\.log$/, '');
}
async function collectEvidence(input) {
    const notes = [...input.notes];
    const loc = locateFiles(input.files);
    const filesUsed = [];
    const used = (kind, f) => f && filesUsed.push({ kind, path: f.path });
    const meta = { ...input.meta };
    /** A file that is there but cannot be used: said in the report, not skipped in silence. */
    const unusable = (f) => (error) => {
        if (error)
            notes.push({ file: f.path, reason: `unreadable: ${error}`, partial: false });
    };
    // Run metadata first: aw_info.json names the run id and workflow.
    let awInfo = null;
    if (loc.awInfo) {
        used('aw_info', loc.awInfo);
        const r = await withFile(loc.awInfo, notes, parseAwInfo);
        unusable(loc.awInfo)(r?.error ?? null);
        if (r?.info) {
            awInfo = r.info.raw;
            if (r.info.runId)
                meta.id = r.info.runId;
            meta.workflow ??= r.info.workflowName;
            meta.repository ??= r.info.repository;
            if (!meta.branch && r.info.ref)
                meta.branch = r.info.ref.replace(/^refs\/heads\//, '');
            meta.event ??= r.info.eventName;
        }
    }
    if (loc.runJson) {
        const runJson = loc.runJson;
        const r = await withFile(runJson, notes, (s) => parseRunJson(s, unusable(runJson)));
        if (r) {
            meta.workflow ??= r.workflow ?? null;
            meta.branch ??= r.branch ?? null;
            meta.url ??= r.url ?? null;
            meta.conclusion ??= r.conclusion ?? null;
        }
    }
    if (loc.jobsJson && !meta.jobs) {
        const jobsJson = loc.jobsJson;
        meta.jobs = await withFile(jobsJson, notes, (s) => parseJobsJson(s, unusable(jobsJson)));
    }
    const events = [];
    const push = (e) => events.push(e);
    // Gateway text log (U), else the per-server logs (S) as the fallback source.
    const gatewayEvents = [];
    if (loc.gatewayLog) {
        used('gateway-log', loc.gatewayLog);
        await withFile(loc.gatewayLog, notes, (s) => parseGatewayLog(s, {
            file: loc.gatewayLog.path,
            kind: 'gateway',
            emit: (e) => gatewayEvents.push(e),
            hint: (e) => gatewayEvents.push(e),
        }));
    }
    else {
        for (const f of loc.serverLogs) {
            used('server-log', f);
            await withFile(f, notes, (s) => parseGatewayLog(s, {
                file: f.path,
                kind: 'server',
                serverId: serverIdOf(f.path),
                emit: (e) => gatewayEvents.push(e),
                hint: (e) => gatewayEvents.push(e),
            }));
        }
    }
    const proxyEvents = [];
    if (loc.proxyLog) {
        used('proxy-log', loc.proxyLog);
        await withFile(loc.proxyLog, notes, (s) => parseGatewayLog(s, { file: loc.proxyLog.path, kind: 'proxy', emit: (e) => proxyEvents.push(e) }));
    }
    const jsonlEvents = [];
    for (const f of loc.jsonl) {
        used('rpc-jsonl', f);
        const stats = await withFile(f, notes, (s) => parseRpcJsonl(s, f.path, (e) => jsonlEvents.push(e)));
        if (stats && stats.invalid > 0) {
            notes.push({ file: f.path, reason: `${stats.invalid} invalid JSON line(s) skipped`, partial: false });
        }
    }
    const stderrEvents = [];
    if (loc.stderrLog) {
        used('stderr-log', loc.stderrLog);
        await withFile(loc.stderrLog, notes, (s) => parseStderrLog(s, loc.stderrLog.path, (e) => stderrEvents.push(e), {
            gatewayFallback: !loc.gatewayLog,
            hint: (e) => stderrEvents.push(e),
        }));
    }
    const mdEvents = [];
    if (loc.gatewayMd) {
        used('gateway-md', loc.gatewayMd);
        await withFile(loc.gatewayMd, notes, (s) => parseGatewayMd(s, loc.gatewayMd.path, (e) => mdEvents.push(e), (e) => mdEvents.push(e)));
    }
    // One source per fact (FORMATS.md global rule 5).
    const textHasGateway = gatewayEvents.length > 0 || loc.gatewayLog !== null;
    const sources = jsonlSources(loc.jsonl.map((f) => f.path), jsonlEvents, textHasGateway ? gatewayEvents : stderrEvents, stderrEvents);
    notes.push(...sources.notes);
    for (const e of gatewayEvents) {
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type))
            continue;
        // the JSONL `rpc_response` is the same call
        if (e.type === 'BackendCallFailed' && !sources.fromText('BackendToolCall'))
            continue;
        push(e);
    }
    for (const e of proxyEvents) {
        if (e.type === 'UnrecognizedEndpoint' && jsonlEvents.some((j) => j.type === 'UnrecognizedEndpoint'))
            continue;
        push(e);
    }
    for (const e of jsonlEvents) {
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && sources.fromText(e.type))
            continue;
        push(e);
    }
    const logged = (template, list) => list.some((e) => e.type === 'GatewayError' && e.template === template);
    for (const e of stderrEvents) {
        // The stderr copies of gateway records (logging fell back to stderr) count only without mcp-gateway.log.
        if (textHasGateway && (e.type === 'DifcFiltered' || e.type === 'BackendToolCall'))
            continue;
        if ((e.type === 'DifcFiltered' || e.type === 'BackendToolCall') && !sources.fromText(e.type))
            continue;
        // The gateway exits on `Environment validation failed`: its exit text in stderr.log (and the record itself, when
        // logging fell back to stderr) repeat the log's record. One failure, counted once.
        // Likewise `failed to load config: Configuration validation error …` repeats `Configuration validation failed`.
        if (e.type === 'GatewayError' &&
            e.template === 'Gateway exited: failed to load config' &&
            /^failed to load config: Configuration validation error/.test(e.message) &&
            (logged('Configuration validation failed', gatewayEvents) ||
                (!textHasGateway && logged('Configuration validation failed', mdEvents))))
            continue;
        if (e.type === 'GatewayError' &&
            e.template === 'Environment validation failed' &&
            (logged(e.template, gatewayEvents) || logged(e.template, events)))
            continue;
        if (textHasGateway && e.type === 'RoutedToolCall')
            continue;
        push(e);
    }
    // gateway.md's RPC bullets copy the `[rpc]` lines: they count the calls only when nothing else does (§7.4).
    const haveBackendCalls = events.some((e) => e.type === 'BackendToolCall');
    const haveVersion = events.some((e) => e.type === 'GatewayVersion');
    const haveUnrecognized = events.some((e) => e.type === 'UnrecognizedEndpoint');
    for (const e of mdEvents) {
        if (e.type === 'GatewayVersion' && !haveVersion)
            push(e);
        else if (e.type === 'UnrecognizedEndpoint' && !haveUnrecognized)
            push(e);
        else if (e.type === 'GatewayError' && e.template === 'Environment validation failed') {
            // One failure: stderr.log's copy, when there, lists its errors (the bullet shows only its first line).
            if (!textHasGateway && !logged(e.template, events))
                push(e);
        }
        else if ((e.type === 'GatewayError' || e.type === 'AuthRejected') && !textHasGateway)
            push(e);
        else if (e.type === 'BackendToolCall' && !haveBackendCalls)
            push(e);
        else if (e.type === 'ServerNamed')
            push(e);
    }
    notes.push(...redactionNotes(events));
    // Each `⟨serverID⟩.log` names a server, parsed or not (created on that server's first message, §1.5).
    for (const f of loc.serverLogs)
        push({
            type: 'ServerNamed',
            server: serverIdOf(f.path),
            complete: false,
            source: 'server-log',
            loc: { file: f.path, line: 1, excerpt: '' },
        });
    let tools = null;
    if (loc.toolsJson) {
        used('tools-json', loc.toolsJson);
        const r = await withFile(loc.toolsJson, notes, parseToolsJson);
        unusable(loc.toolsJson)(r?.error ?? null);
        tools = r?.tools ?? null;
    }
    // Firewall: access.log, else audit.jsonl, else the agent-stdio summary. Never two sources added together.
    const manifest = loc.policyManifest;
    const peers = manifest
        ? ((await withFile(manifest, notes, (s) => parsePolicyManifest(s, unusable(manifest)))) ??
            new Set())
        : new Set();
    let firewall = null;
    if (loc.accessLog) {
        used('access-log', loc.accessLog);
        const r = await withFile(loc.accessLog, notes, (s) => parseAccessLog(s, loc.accessLog.path, peers));
        if (r) {
            firewall = r.summary;
            if (r.stats.unparsed > 0)
                notes.push({
                    file: loc.accessLog.path,
                    reason: `${r.stats.unparsed} unparsable line(s) skipped`,
                    partial: false,
                });
        }
    }
    if (!firewall && loc.auditJsonl) {
        used('audit-jsonl', loc.auditJsonl);
        const r = await withFile(loc.auditJsonl, notes, (s) => parseAuditJsonl(s, loc.auditJsonl.path, peers));
        if (r) {
            firewall = r.summary;
            if (r.invalid > 0)
                notes.push({
                    file: loc.auditJsonl.path,
                    reason: `${r.invalid} invalid JSON line(s) skipped`,
                    partial: false,
                });
        }
    }
    let agentStdio = null;
    if (loc.agentStdio) {
        used('agent-stdio', loc.agentStdio);
        const r = await withFile(loc.agentStdio, notes, (s) => parseAgentStdio(s, loc.agentStdio.path, peers));
        if (r) {
            agentStdio = { present: true, nonEmpty: r.nonEmpty, summaryBlocks: r.summary?.blocked ?? 0 };
            if (!firewall && r.summary)
                firewall = r.summary;
        }
    }
    let activity = null;
    if (loc.activitySummary) {
        used('activity-summary', loc.activitySummary);
        const r = await withFile(loc.activitySummary, notes, parseActivitySummary);
        unusable(loc.activitySummary)(r?.error ?? null);
        activity = r?.summary ?? null;
    }
    let activationRateLimit = null;
    for (const f of loc.workflowLogs) {
        if (!isActivationJob(jobOfWorkflowLog(f.path)))
            continue;
        used('job-log', f);
        activationRateLimit = await withFile(f, notes, (s) => findActivationRateLimit(s, f.path));
        if (activationRateLimit)
            break;
    }
    return {
        meta,
        events,
        firewall,
        awInfo,
        activity,
        tools,
        agentStdio,
        activationRateLimit,
        files: filesUsed,
        notes,
        // Job logs fetched through the API are not artifacts: a run with only those was not audited.
        hasArtifacts: input.files.some((f) => !/^workflow-logs\//.test(f.path)),
        repositoryPrivate: input.repositoryPrivate ?? null,
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/model/types.ts
// Shared types of the pipeline: evidence locations, typed events, run facts and findings.
const SEVERITIES = (/* unused pure expression or super */ null && (['critical', 'warning', 'info']));
const SEVERITY_RANK = { critical: 3, warning: 2, info: 1 };

;// CONCATENATED MODULE: ./src/report/verdict.ts

/**
 * Runs the audit could not vouch for: coverage partial or none, except a run whose agent never ran (its evidence
 * explains why there are no logs, e.g. the activation rate limit).
 */
function notFullyAudited(r) {
    return r.coverage === 'partial' || (r.coverage === 'none' && r.agentInvoked !== false);
}
/**
 * `findings`: a critical or warning finding. Otherwise `inconclusive` when no run could be audited at all (no run,
 * or every run with coverage none), `incomplete` when some run was not fully audited, else `clean`.
 */
function verdictOf(summary, runs) {
    if (summary.critical + summary.warning > 0)
        return 'findings';
    if (!runs.some((r) => r.coverage !== 'none'))
        return 'inconclusive';
    if (runs.some(notFullyAudited))
        return 'incomplete';
    return 'clean';
}
/** Why a run was not (fully) audited, in a few words (its first coverage note). */
function whyNotAudited(r) {
    return (r.coverageNotes?.[0] ??
        (r.coverage === 'none' ? 'no evidence artifact or log file found' : 'some evidence could not be read'));
}
/** The runs a verdict other than `clean` is about: those not fully audited (for `inconclusive`: every run). */
function uncoveredRuns(report) {
    return report.summary.verdict === 'inconclusive' ? report.runs : report.runs.filter(notFullyAudited);
}
/** Why nothing was audited (verdict `inconclusive`), as one sentence without the run list. */
function inconclusiveReason(report) {
    if (report.runs.length === 0)
        return report.window.from && report.window.to
            ? `no completed agentic run in the audit window (${report.window.from} → ${report.window.to})`
            : 'no run was given, so there was no evidence to read';
    return `no run had evidence that could be read (${report.runs.length} ${report.runs.length === 1 ? 'run' : 'runs'})`;
}
function oneLine(text) {
    return redact(text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
}
function runList(runs, max = 5) {
    // Run ids and notes come from logs and file names: redacted, on one line, without control characters.
    const shown = runs
        .slice(0, max)
        .map((r) => oneLine(`${r.id} (${r.coverage}: ${whyNotAudited(r)})`).slice(0, 300));
    return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}
/**
 * The gate of the CLI (`--fail-on`, `--require-full-coverage`) and the action (`fail-on`, `require-full-coverage`).
 * Findings at or above `failOn` fail with 3. An audit that could not vouch for its runs fails with 4: `inconclusive`
 * whenever a `failOn` level is set, and with `requireFullCoverage` also any run not fully audited.
 */
function gate(report, opts) {
    const { critical, warning } = report.summary;
    const { failOn, requireFullCoverage } = opts;
    if (failOn === 'critical' && critical > 0)
        return { code: 3, reason: `integrity-audit: ${critical} critical finding(s) (fail-on: critical)` };
    if (failOn === 'warning' && critical + warning > 0)
        return {
            code: 3,
            reason: `integrity-audit: ${critical} critical and ${warning} warning finding(s) (fail-on: warning)`,
        };
    const audited = report.runs.some((r) => r.coverage !== 'none');
    if (!audited && (failOn !== 'never' || requireFullCoverage)) {
        const runs = report.runs.length > 0 ? `: ${runList(report.runs)}` : '';
        return {
            code: 4,
            reason: `integrity-audit: verdict inconclusive, nothing was audited (${inconclusiveReason(report)})${runs} (${failOn !== 'never' ? `fail-on: ${failOn}` : 'require-full-coverage'})`,
        };
    }
    const uncovered = report.runs.filter(notFullyAudited);
    if (requireFullCoverage && uncovered.length > 0)
        return {
            code: 4,
            reason: `integrity-audit: ${uncovered.length} run(s) not fully audited: ${runList(uncovered)} (require-full-coverage)`,
        };
    return { code: 0, reason: null };
}

;// CONCATENATED MODULE: ./src/report/build.ts
// Builds the JSON report (schemaVersion 1): merges per-run findings that share a fingerprint (unless the rule keeps
// them per run), numbers them C-n / W-n / I-n in report order, and sums the counts.





const MAX_EVIDENCE_PER_FINDING = 5;
function fingerprintOf(rule, key) {
    const canonical = JSON.stringify(Object.keys(key)
        .sort()
        .map((k) => [k, key[k]]));
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(`${rule}\u0000${canonical}`).digest('hex').slice(0, 16);
}
const RULE_ORDER = new Map(RULES.map((r, i) => [r.meta.id, i]));
function buildReport(runs, raw, options) {
    const merged = new Map();
    let order = 0;
    for (const r of raw) {
        const rule = ruleById(r.rule);
        const fingerprint = fingerprintOf(r.rule, r.key);
        const mergeKey = rule?.meta.perRun ? `${fingerprint}\u0000${r.run}` : `${fingerprint}\u0000${r.severity}`;
        const existing = merged.get(mergeKey);
        if (!existing) {
            merged.set(mergeKey, {
                id: '',
                rule: r.rule,
                severity: r.severity,
                title: r.title,
                runs: [r.run],
                count: r.count,
                details: r.details,
                evidence: r.evidence.slice(0, MAX_EVIDENCE_PER_FINDING),
                fingerprint,
                recommendation: r.recommendation,
                order: order++,
            });
            continue;
        }
        if (!existing.runs.includes(r.run))
            existing.runs.push(r.run);
        existing.count += r.count;
        const lowerBound = existing.details.lowerBound === true || r.details.lowerBound === true;
        existing.details = rule?.mergeDetails ? rule.mergeDetails(existing.details, r.details) : existing.details;
        // A count summed with a lower bound is a lower bound (an incomplete JSONL in one of the runs).
        if (lowerBound)
            existing.details = { ...existing.details, lowerBound: true };
        for (const e of r.evidence)
            if (existing.evidence.length < MAX_EVIDENCE_PER_FINDING)
                existing.evidence.push(e);
    }
    const findings = [...merged.values()].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99) ||
        a.order - b.order);
    // Titles and recommendations with numbers are rendered from the merged details, count and runs.
    for (const f of findings) {
        const rule = ruleById(f.rule);
        if (rule?.title)
            f.title = rule.title(f.details, f.count, f.runs.length);
        const recommendation = rule?.recommendation?.(f.details, f.count, f.runs.length);
        if (recommendation !== undefined)
            f.recommendation = recommendation;
    }
    const counters = { critical: 0, warning: 0, info: 0 };
    const prefix = { critical: 'C', warning: 'W', info: 'I' };
    // Secrets are redacted in everything a log could have put in the report (details, titles, excerpts, run names), not
    // only where a renderer looks: the JSON report is written out as it is.
    const out = findings.map(({ order: _order, ...f }) => {
        counters[f.severity]++;
        return {
            ...redactDeep(f),
            id: `${prefix[f.severity]}-${counters[f.severity]}`,
            title: redactInline(f.title),
        };
    });
    const report = {
        schemaVersion: 1,
        generatedAt: (options.generatedAt ?? new Date()).toISOString(),
        target: options.target,
        window: options.window,
        summary: {
            runs: runs.length,
            runsWithArtifacts: runs.filter((r) => r.coverage !== 'none').length,
            critical: counters.critical,
            warning: counters.warning,
            info: counters.info,
            verdict: verdictOf(counters, runs),
        },
        runs: redactDeep(runs),
        findings: out,
    };
    if (options.notes && options.notes.length > 0)
        report.notes = redactDeep(options.notes);
    return report;
}

;// CONCATENATED MODULE: ./src/report/suppressions.ts
// Accepted findings (the config's `suppressions`): each names findings by fingerprint, or by rule plus detail values,
// with a reason and an expiry date. A suppressed finding leaves the counts, the verdict, the gates, the annotations
// and SARIF, and is listed apart with its reason; after its expiry date it is back. A suppression that expired or
// matched nothing is named in the report, so the list does not rot.


const suppressions_KEYS = ['fingerprint', 'rule', 'details', 'reason', 'expires'];
/** Validates the config's `suppressions` list; every problem names the entry and what is expected. */
function parseSuppressions(value, knownRules, source = 'config') {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw new ConfigError(`${source}: "suppressions" must be an array`);
    return value.map((entry, i) => {
        const where = `${source}: suppressions[${i}]`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            throw new ConfigError(`${where} must be an object`);
        const e = entry;
        for (const k of Object.keys(e))
            if (!suppressions_KEYS.includes(k))
                throw new ConfigError(`${where}: unknown key "${k}" (accepted: ${suppressions_KEYS.join(', ')})`);
        const fingerprint = e.fingerprint;
        if (fingerprint !== undefined &&
            (typeof fingerprint !== 'string' || !/^[0-9a-f]{8,64}$/.test(fingerprint)))
            throw new ConfigError(`${where}: "fingerprint" must be a finding's fingerprint (hexadecimal, from the JSON report)`);
        const rule = e.rule;
        if (rule !== undefined && (typeof rule !== 'string' || !knownRules.includes(rule)))
            throw new ConfigError(`${where}: unknown rule ${JSON.stringify(rule)} (known: ${knownRules.join(', ')})`);
        if (fingerprint === undefined && rule === undefined)
            throw new ConfigError(`${where}: name the findings by "fingerprint" or by "rule" (with "details")`);
        const details = e.details;
        if (details !== undefined && (typeof details !== 'object' || details === null || Array.isArray(details)))
            throw new ConfigError(`${where}: "details" must be an object of detail values`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '')
            throw new ConfigError(`${where}: "reason" must say why the finding is accepted`);
        const expires = e.expires;
        if (typeof expires !== 'string' ||
            !/^\d{4}-\d{2}-\d{2}$/.test(expires) ||
            Number.isNaN(Date.parse(expires)))
            throw new ConfigError(`${where}: "expires" must be a date (YYYY-MM-DD): every acceptance ends`);
        return {
            fingerprint: fingerprint ?? null,
            rule: rule ?? null,
            details: details ?? null,
            reason: e.reason.trim().slice(0, 500),
            expires,
        };
    });
}
function valueMatches(actual, expected) {
    if (Array.isArray(actual))
        return actual.some((a) => valueMatches(a, expected));
    if (typeof expected === 'object' && expected !== null) {
        if (typeof actual !== 'object' || actual === null)
            return false;
        return Object.entries(expected).every(([k, v]) => valueMatches(actual[k], v));
    }
    if (actual === null || actual === undefined || typeof actual === 'object')
        return false;
    return String(actual).toLowerCase() === String(expected).toLowerCase();
}
function matches(s, f) {
    if (s.fingerprint !== null && f.fingerprint !== s.fingerprint)
        return false;
    if (s.rule !== null && f.rule !== s.rule)
        return false;
    if (s.details)
        return valueMatches(f.details, s.details);
    return true;
}
function label(s, i) {
    const what = s.fingerprint ? `fingerprint ${s.fingerprint}` : `rule ${s.rule}`;
    return `Suppression ${i + 1} (${what}, "${s.reason.slice(0, 80)}")`;
}
function runStatus(r, findings) {
    const hits = findings.filter((f) => f.runs.includes(r.id));
    if (hits.some((f) => f.severity === 'critical'))
        return 'critical';
    if (hits.some((f) => f.severity === 'warning'))
        return 'warning';
    return r.coverage === 'none' ? 'unaudited' : 'ok';
}
/**
 * The report without the findings an unexpired suppression accepts: ids renumbered, counts, verdict and run statuses
 * recomputed; the accepted ones in `suppressed`, expired and unmatched suppressions in `suppressionNotes`.
 */
function applySuppressions(report, raw, knownRules, now = new Date()) {
    const list = parseSuppressions(raw, knownRules);
    if (list.length === 0)
        return report;
    const today = now.toISOString().slice(0, 10);
    const notes = [];
    const kept = [];
    const suppressed = [];
    const used = new Set();
    for (const f of report.findings) {
        const i = list.findIndex((s) => s.expires >= today && matches(s, f));
        if (i === -1) {
            kept.push(f);
            continue;
        }
        used.add(i);
        suppressed.push({ finding: f, reason: list[i].reason, expires: list[i].expires });
    }
    for (const [i, s] of list.entries()) {
        if (s.expires < today) {
            const back = report.findings.filter((f) => matches(s, f)).map((f) => f.id);
            notes.push(`${label(s, i)} expired on ${s.expires}${back.length ? `: its findings are back (${back.slice(0, 5).join(', ')})` : ''}; renew it or remove it.`);
        }
        else if (!used.has(i))
            notes.push(`${label(s, i)} matched no finding: remove it if the problem is gone.`);
    }
    const counters = { critical: 0, warning: 0, info: 0 };
    const prefix = { critical: 'C', warning: 'W', info: 'I' };
    const findings = kept.map((f) => ({ ...f, id: `${prefix[f.severity]}-${++counters[f.severity]}` }));
    const runs = report.runs.map((r) => ({ ...r, status: runStatus(r, findings) }));
    const out = {
        ...report,
        summary: { ...report.summary, ...counters, verdict: verdictOf(counters, runs) },
        runs,
        findings,
    };
    if (suppressed.length > 0)
        out.suppressed = suppressed.map((s, i) => ({ ...s, finding: { ...s.finding, id: `S-${i + 1}` } }));
    if (notes.length > 0)
        out.suppressionNotes = notes;
    return out;
}

;// CONCATENATED MODULE: ./src/util/settle.ts
/**
 * Waits for every promise to settle, then returns their values or throws the first rejection (in input order).
 * Unlike `Promise.all`, nothing is still running when the error reaches the caller, so a `finally` that removes a
 * temporary folder never races a download that is still writing into it.
 */
async function settleAll(promises) {
    const settled = await Promise.allSettled(promises);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return settled.map((s) => s.value);
}
/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the input order in the result. After the first
 * error no new item starts; the items in flight finish, then that error is thrown.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failure = null;
    const worker = async () => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (err) {
                failure ??= { err };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.err;
    return results;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/util/file-stream.ts
// Files on disk for the parsers. A FileStream is an ordinary Readable (every parser accepts it), and a DirectRead:
// the line splitter reads it directly, through one reused buffer. Through a stream every chunk is a fresh 256 KiB
// allocation (garbage the collector must find, and RSS until it does), and the parser waits for the thread pool at
// every chunk.



/** Large reads: fewer syscalls and callbacks per MB on the hot path. */
const READ_CHUNK = 256 * 1024;
/** A file read lazily (opened at the first read) in READ_CHUNK reads. */
class FileStream extends external_node_stream_namespaceObject.Readable {
    path;
    fd = -1;
    constructor(path) {
        super({ highWaterMark: READ_CHUNK });
        this.path = path;
    }
    _read() {
        if (this.fd < 0) {
            (0,external_node_fs_namespaceObject.open)(this.path, 'r', (err, fd) => {
                if (err)
                    return this.destroy(err);
                if (this.destroyed)
                    return (0,external_node_fs_namespaceObject.close)(fd, () => undefined);
                this.fd = fd;
                this._read();
            });
            return;
        }
        const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
        (0,external_node_fs_namespaceObject.read)(this.fd, buf, 0, READ_CHUNK, null, (err, n) => {
            if (err)
                this.destroy(err);
            else
                this.push(n === 0 ? null : n === READ_CHUNK ? buf : buf.subarray(0, n));
        });
    }
    readDirect(push) {
        return readFileChunks(this.path, push);
    }
    _destroy(err, cb) {
        if (this.fd < 0)
            return cb(err);
        const fd = this.fd;
        this.fd = -1;
        (0,external_node_fs_namespaceObject.close)(fd, () => cb(err));
    }
}
/** Reads between two turns of the event loop (4 MiB): downloads and timers in the same thread keep going. */
const CHUNKS_PER_TURN = 16;
/**
 * Feeds a file's bytes to `push` in READ_CHUNK pieces through one reused buffer: `push` must be done with a piece
 * when it returns (the line splitter is: it copies only the unfinished line it keeps). The reads are synchronous: a
 * 256 KiB read of a local file takes about 30 µs, while a read through the thread pool costs about 90 µs of round
 * trip, and the parser waits for it (100 MB: 12 ms of reading against 37 ms).
 */
async function readFileChunks(path, push) {
    const fh = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafeSlow(READ_CHUNK);
        for (let n = 1;; n++) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fh.fd, buf, 0, READ_CHUNK, null);
            if (bytesRead === 0)
                break;
            push(bytesRead === READ_CHUNK ? buf : buf.subarray(0, bytesRead));
            if (n % CHUNKS_PER_TURN === 0)
                await new Promise((resolve) => setImmediate(resolve));
        }
    }
    finally {
        await fh.close();
    }
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __nccwpck_require__(663);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/sources/paths.ts
// Path normalisation shared by the zip and directory sources.
/** `/`-separated, no leading `./`; null for absolute or `..` paths (refused). */
function normalizeEntryPath(name) {
    let p = name.replace(/\\/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p))
        return null;
    const parts = p.split('/').filter((s) => s !== '' && s !== '.');
    if (parts.some((s) => s === '..'))
        return null;
    if (parts.length === 0)
        return null;
    return parts.join('/');
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/sources/inflate-worker.ts
// The inflate thread's program: reads zip entries' compressed bytes and inflates them straight into memory shared with
// the main thread, which parses each slot in place and hands it back (see inflate-thread.ts for why and the protocol).
//
// It runs as the source text of `inflateWorkerMain` (`new Worker(source, { eval: true })`): the same way from the
// bundle and from the sources under test, with no file of its own to find. So the function must not refer to
// anything outside itself (imports included): it takes Node's modules from `process.getBuiltinModule`.
function inflateWorkerMain() {
    const { parentPort } = process.getBuiltinModule('node:worker_threads');
    const fs = process.getBuiltinModule('node:fs');
    const zlib = process.getBuiltinModule('node:zlib');
    const port = parentPort;
    /** Compressed bytes read per step. */
    const INPUT_BYTES = 64 * 1024;
    const { Z_FINISH, Z_NO_FLUSH } = zlib.constants;
    const nativeOf = (z) => {
        const inner = z;
        const native = inner._handle;
        const state = inner._writeState;
        if (typeof native?.writeSync !== 'function' || !(state instanceof Uint32Array))
            throw new Error('node:zlib has no synchronous handle');
        return { native: native, state };
    };
    const selfCheck = () => {
        try {
            const text = Buffer.from('integrity-audit inflate self-check\n'.repeat(400));
            const packed = zlib.deflateRawSync(text);
            const z = zlib.createInflateRaw();
            z.on('error', () => undefined);
            const { native, state } = nativeOf(z);
            const out = Buffer.alloc(text.length + 64);
            native.writeSync(Z_FINISH, packed, 0, packed.length, out, 0, out.length);
            const made = out.length - state[0];
            const ok = !z.errored && state[1] === 0 && out.subarray(0, made).equals(text);
            z.close();
            return ok ? null : 'node:zlib inflated the self-check wrongly';
        }
        catch (err) {
            return err instanceof Error ? err.message : String(err);
        }
    };
    const entries = new Map();
    const close = (e) => {
        entries.delete(e.id);
        try {
            fs.closeSync(e.fd);
        }
        catch {
            // already closed
        }
        e.zs?.close();
    };
    const send = (m) => port.postMessage(m);
    const post = (e) => {
        send({ id: e.id, slot: e.cur, len: e.fill });
        e.busy[e.cur] = true;
        e.cur = (e.cur + 1) % e.slots.length;
        e.fill = 0;
    };
    /** The entry is complete: its last bytes, then its end. */
    const done = (e) => {
        if (e.fill > 0)
            post(e);
        close(e);
        send({ id: e.id, end: true });
        return false;
    };
    /** Fills the current slot one step further; false when the entry waits for a free slot or is finished. */
    const step = (e) => {
        if (e.busy[e.cur])
            return false;
        const slot = e.slots[e.cur];
        if (e.inAvail === 0 && !e.eof) {
            const want = Math.min(INPUT_BYTES, e.end - e.pos);
            const got = want > 0 ? fs.readSync(e.fd, e.input, 0, want, e.pos) : 0;
            if (want > 0 && got === 0)
                throw new Error('archive ends inside an entry (truncated)');
            e.pos += got;
            e.inOff = 0;
            e.inAvail = got;
            if (e.pos >= e.end)
                e.eof = true;
        }
        const room = slot.length - e.fill;
        if (!e.native) {
            // Stored: copied as it is.
            const n = Math.min(e.inAvail, room);
            e.input.copy(slot, e.fill, e.inOff, e.inOff + n);
            e.fill += n;
            e.inOff += n;
            e.inAvail -= n;
        }
        else {
            e.native.writeSync(e.eof ? Z_FINISH : Z_NO_FLUSH, e.input, e.inOff, e.inAvail, slot, e.fill, room);
            // A zlib error (bad data, data ending early) destroys the stream at once, with zlib's message.
            if (e.zs.errored)
                throw e.zs.errored;
            const outLeft = e.state[0];
            const inLeft = e.state[1];
            const made = room - outLeft;
            const used = e.inAvail - inLeft;
            e.fill += made;
            e.inOff += used;
            e.inAvail = inLeft;
            // Output space left and nothing taken: the deflate stream has ended (bytes after it are not content).
            if (outLeft > 0 && made === 0 && used === 0 && e.inAvail > 0)
                return done(e);
        }
        if (e.fill === slot.length)
            post(e);
        else if (e.eof && e.inAvail === 0)
            return done(e);
        return true;
    };
    let scheduled = false;
    const schedule = () => {
        if (scheduled)
            return;
        scheduled = true;
        setImmediate(pump);
    };
    /** A few steps per entry, then back to the event loop for the main thread's acks. */
    function pump() {
        scheduled = false;
        for (const e of [...entries.values()]) {
            try {
                for (let k = 0; k < 8 && step(e); k++)
                    ;
            }
            catch (err) {
                close(e);
                send({ id: e.id, error: err instanceof Error ? err.message : String(err) });
            }
        }
        for (const e of entries.values())
            if (!e.busy[e.cur])
                return schedule();
    }
    const open = (m) => {
        let fd;
        try {
            fd = fs.openSync(m.path, 'r');
        }
        catch (err) {
            return send({ id: m.id, error: err instanceof Error ? err.message : String(err) });
        }
        const slots = Array.from({ length: m.slots }, (_, k) => Buffer.from(m.memory, k * m.slotBytes, m.slotBytes));
        const e = {
            id: m.id,
            fd,
            pos: m.start,
            end: m.start + m.size,
            slots,
            busy: slots.map(() => false),
            cur: 0,
            fill: 0,
            input: Buffer.allocUnsafe(INPUT_BYTES),
            inOff: 0,
            inAvail: 0,
            eof: m.size === 0,
            zs: null,
            native: null,
            state: null,
        };
        if (m.method === 8) {
            e.zs = zlib.createInflateRaw();
            e.zs.on('error', () => undefined); // read from `errored` after each step
            Object.assign(e, nativeOf(e.zs));
        }
        entries.set(m.id, e);
    };
    const problem = selfCheck();
    if (problem !== null) {
        send({ unsupported: problem });
        port.close();
        return;
    }
    port.on('message', (m) => {
        if (m.op === 'open')
            open(m);
        else {
            const e = entries.get(m.id);
            if (e && m.op === 'ack')
                e.busy[m.slot] = false;
            else if (e)
                close(e);
        }
        schedule();
    });
    send({ ready: true });
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/util/heap.ts
// Flat memory whatever the input size. V8 sizes its heap for throughput: over a long audit the young generation
// doubles up to 16 MiB per semi-space and the old generation is let grow to several times what is live, so a 2 GB
// audit peaked at 122 MB RSS where 100 MB took 80 MB, though the live heap stays under 10 MB in both. Holding the
// young generation at its initial size and the old one to 2.5 times what is live gives 67 MB and 80 MB, for a few
// percent more time (npm run bench); a tighter old generation costs zipped input more collections. Node has no API
// for these two settings: they are V8 flags, read by the collector each time it resizes the heap, so setting them at
// start-up takes effect (checked on Node 20 and 24).

let bounded = false;
function boundHeapGrowth() {
    bounded = true;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--heap-growing-percent=150');
}
/**
 * To call once a worker thread is online. On Node 20, starting a worker thread undoes the flags above for the main
 * thread (its young generation then grows to 32 MiB: +50 MB RSS on a zipped 2 GB audit); setting them again once
 * the worker runs holds (Node 24 keeps them anyway). Does nothing in a process that never bounded its heap.
 */
function reapplyHeapBounds() {
    if (bounded)
        boundHeapGrowth();
}

;// CONCATENATED MODULE: ./src/sources/inflate-thread.ts
// Zip entries inflated on a second core. Inflating is about as much CPU as parsing (2 GB of logs: 1.1 s and 1.3 s),
// and through zlib's asynchronous streams the two hardly overlap: each 256 KiB step of the thread pool waits until
// the main thread, busy parsing, comes back to schedule the next, and each step hands over a fresh buffer for the
// collector (2 GB zipped: 2.7–2.9 s where the same files on disk take 1.7 s). Here one thread reads and inflates
// every entry straight into shared memory, slot after slot, while the main thread parses the slots already filled:
// 2 GB zipped in 2.2–2.5 s (npm run bench), with nothing allocated per chunk on either side.
//
// Per entry: the main thread lends `SLOTS` slots of shared memory; the thread fills one, posts its number and
// length, and goes on with the next free one; the main thread parses the slot in place, then hands it back (ack).
// Without the thread (it could not start, this Node's zlib lacks what it relies on, it failed three times, or
// INTEGRITY_AUDIT_INFLATE_THREAD=0) the caller inflates in its own thread as before; INTEGRITY_AUDIT_INFLATE_THREAD=1
// makes the thread required (for tests: a fallback would give the same report).



const SLOTS = 4;
const SLOT_BYTES = 256 * 1024;
/** Young generation of the thread (MB): it allocates almost nothing. */
const YOUNG_MB = 2;
/** After this many thread failures in one process, entries are inflated in the calling thread. */
const MAX_FAILURES = 3;
/** Shared memory of finished entries, lent again to the next ones. */
const spareMemory = [];
class InflateThread {
    ready;
    /** Why this Node cannot run the thread, when it said so. */
    unsupported = null;
    worker;
    readers = new Map();
    nextId = 0;
    /** Stopped by us (terminate, unsupported): not a failure. */
    stopping = false;
    stopped = false;
    /** `onFailure`: the thread stopped on its own (crashed, exited); it is not used again. */
    constructor(onFailure) {
        this.worker = new external_node_worker_threads_namespaceObject.Worker(`(${inflateWorkerMain.toString()})()`, {
            eval: true,
            resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
        });
        this.worker.once('online', reapplyHeapBounds);
        let settle = () => undefined;
        this.ready = new Promise((resolve) => (settle = resolve));
        this.worker.on('message', (m) => {
            if ('ready' in m) {
                settle(true);
                this.idleCheck();
            }
            else if ('unsupported' in m) {
                this.unsupported = m.unsupported;
                this.stopping = true;
                settle(false);
            }
            else
                this.readers.get(m.id)?.onReply(m);
        });
        const stop = (err) => {
            settle(false);
            if (this.stopped)
                return;
            this.stopped = true;
            for (const r of [...this.readers.values()])
                r.fail(err);
            this.readers.clear();
            if (!this.stopping)
                onFailure(err);
        };
        this.worker.on('error', (err) => stop(new Error(`inflate thread failed: ${err.message}`)));
        this.worker.on('exit', (code) => stop(new Error(`inflate thread stopped (exit code ${code})`)));
    }
    /** The thread keeps the process alive only while entries are being read (and while it starts). */
    idleCheck() {
        if (this.readers.size === 0)
            this.worker.unref();
        else
            this.worker.ref();
    }
    send(m) {
        this.worker.postMessage(m);
    }
    /**
     * Feeds the entry's content to `push`, a slot at a time; a slot's memory is reused once `push` returns. When
     * `push` throws, reading stops and the promise fails with that error.
     */
    read(range, push) {
        const id = this.nextId++;
        const memory = spareMemory.pop() ?? new SharedArrayBuffer(SLOTS * SLOT_BYTES);
        const views = Array.from({ length: SLOTS }, (_, k) => Buffer.from(memory, k * SLOT_BYTES, SLOT_BYTES));
        return new Promise((resolve, reject) => {
            const finish = (err) => {
                if (!this.readers.delete(id))
                    return;
                this.idleCheck();
                if (spareMemory.length < 8)
                    spareMemory.push(memory);
                if (err)
                    reject(err);
                else
                    resolve();
            };
            this.readers.set(id, {
                onReply: (m) => {
                    if ('error' in m)
                        return finish(new Error(m.error));
                    if ('end' in m)
                        return finish(null);
                    try {
                        push(views[m.slot].subarray(0, m.len));
                    }
                    catch (err) {
                        this.send({ op: 'cancel', id });
                        return finish(err instanceof Error ? err : new Error(String(err)));
                    }
                    this.send({ op: 'ack', id, slot: m.slot });
                },
                fail: (err) => finish(err),
            });
            this.idleCheck();
            this.send({ op: 'open', id, ...range, memory, slots: SLOTS, slotBytes: SLOT_BYTES });
        });
    }
    async terminate() {
        this.stopping = true;
        await this.worker.terminate();
    }
}
let thread = null;
let failures = 0;
/** Why the thread cannot be used in this process, once known for good. */
let unusable = null;
let lastFailure = '';
/** INTEGRITY_AUDIT_INFLATE_THREAD: `0` never use the thread, `1` always (fail the read without it); else when it can. */
function mode() {
    const v = process.env.INTEGRITY_AUDIT_INFLATE_THREAD?.trim();
    return v === '0' ? 'never' : v === '1' ? 'always' : 'auto';
}
/** The inflate thread, started at first use; null when entries are to be inflated in the calling thread. */
async function inflateThread() {
    const wanted = mode();
    if (wanted === 'never')
        return null;
    const t = await startedThread();
    if (t || wanted === 'auto')
        return t;
    throw new Error(`INTEGRITY_AUDIT_INFLATE_THREAD=1, but the inflate thread cannot run: ${unusable ?? lastFailure}`);
}
async function startedThread() {
    // The thread's program takes Node's modules from process.getBuiltinModule (Node 20.16 and later).
    if (typeof process.getBuiltinModule !== 'function')
        unusable ??= 'this Node has no process.getBuiltinModule (20.16 or later has)';
    if (unusable !== null)
        return null;
    if (failures >= MAX_FAILURES) {
        unusable = `it failed ${failures} times (last: ${lastFailure})`;
        return null;
    }
    if (!thread) {
        try {
            const t = new InflateThread((err) => {
                failures++;
                lastFailure = err.message;
                if (thread === t)
                    thread = null;
            });
            thread = t;
        }
        catch (err) {
            unusable = `it could not start (${err instanceof Error ? err.message : String(err)})`;
            return null;
        }
    }
    const t = thread;
    if (await t.ready)
        return t;
    if (t.unsupported !== null)
        unusable = t.unsupported;
    if (thread === t) {
        thread = null;
        await t.terminate();
    }
    return null;
}
/** Stops the inflate thread (it is started again when needed); for tests. */
async function stopInflateThread() {
    const t = thread;
    thread = null;
    await t?.terminate();
}

;// CONCATENATED MODULE: ./src/sources/zip.ts
// Artifact zips: listed with yauzl, their entries streamed straight into the parsers (inflated by the inflate thread
// when there is one), never extracted to disk.







const DEFAULT_ZIP_LIMITS = {
    maxEntries: 100_000,
    maxEntryBytes: 512 * 1024 * 1024,
    maxTotalBytes: 2 * 1024 * 1024 * 1024,
    maxRatio: 200,
};
/**
 * Names are decoded by readZip (`decodeStrings: false`): yauzl would fail the whole archive at the first unsafe name
 * (`../x`, `/x`), reported as corrupt, and drop the entries after it; readZip refuses that entry and reads on.
 */
function openZip(path) {
    return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zf) => (err || !zf ? reject(err ?? new Error('cannot open zip')) : resolve(zf))));
}
/**
 * Lists a zip's entries and returns them as lazily opened files. Hostile or over-cap entries are refused with a
 * note; an archive that cannot be read at all yields no files and one note.
 */
async function readZip(zipPath, label, artifact, limits = DEFAULT_ZIP_LIMITS, usedBytes = { total: 0 }) {
    const notes = [];
    // The inflate thread starts while the archive is listed (its first use waits for it otherwise).
    inflateThread().catch(() => undefined);
    let zf;
    try {
        zf = await openZip(zipPath);
    }
    catch (err) {
        return {
            files: [],
            notes: [
                {
                    file: label,
                    reason: `not a readable zip archive (${errText(err)})`,
                    partial: true,
                    kind: 'not-zip',
                },
            ],
            close: async () => { },
        };
    }
    if (zf.entryCount > limits.maxEntries) {
        zf.close();
        return {
            files: [],
            notes: [
                {
                    file: label,
                    reason: `refused: ${zf.entryCount} entries exceed the cap of ${limits.maxEntries}`,
                    partial: true,
                    kind: 'refused',
                },
            ],
            close: async () => { },
        };
    }
    const files = [];
    // One handle for the entries' data, opened at the first read.
    let handle = null;
    const fh = () => (handle ??= (0,promises_namespaceObject.open)(zipPath, 'r'));
    const prefix = artifact ? artifact + '/' : '';
    await new Promise((resolve) => {
        zf.on('entry', (entry) => {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            const refuse = (reason) => {
                notes.push({ file: `${label}:${name.slice(0, 200)}`, reason, partial: true, kind: 'refused' });
            };
            if (name.endsWith('/'))
                return zf.readEntry();
            const normalized = normalizeEntryPath(name);
            const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
            if (normalized === null)
                refuse('refused: unsafe entry name (absolute or `..`)');
            else if (mode === 0o120000)
                refuse('refused: symbolic link entry');
            else if ((entry.generalPurposeBitFlag & 0x1) !== 0)
                refuse('refused: encrypted entry');
            else if (entry.uncompressedSize > limits.maxEntryBytes)
                refuse(`refused: ${entry.uncompressedSize} bytes exceed the per-entry cap of ${limits.maxEntryBytes}`);
            else if (entry.uncompressedSize > 1024 * 1024 &&
                entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio)
                refuse(`refused: compression ratio over ${limits.maxRatio}:1 (possible zip bomb)`);
            else if (usedBytes.total + entry.uncompressedSize > limits.maxTotalBytes)
                refuse(`refused: the run's uncompressed total would exceed ${limits.maxTotalBytes} bytes`);
            else {
                usedBytes.total += entry.uncompressedSize;
                files.push({
                    path: prefix + normalized,
                    artifact,
                    size: entry.uncompressedSize,
                    open: () => openEntry(zf, zipPath, fh, entry, limits.maxEntryBytes),
                });
            }
            zf.readEntry();
        });
        zf.on('end', () => resolve());
        zf.on('error', (err) => {
            notes.push({
                file: label,
                reason: `zip truncated or corrupt (${errText(err)})`,
                partial: true,
                kind: 'unreadable',
            });
            resolve();
        });
        zf.readEntry();
    });
    return {
        files,
        notes,
        close: async () => {
            zf.close();
            if (handle)
                await (await handle.catch(() => null))?.close().catch(() => undefined);
        },
    };
}
/**
 * Read and inflate in 256 KiB pieces. yauzl's own entry stream reads 16 KiB at a time through three stream stages and
 * inflates in 16 KiB chunks: each piece is a thread-pool round trip, and on a 2 GB corpus the round trips (not the
 * inflating) were half the time. Larger pieces are not better: a 1 MiB chunk outlives the young generation's
 * collections while it is parsed, so it is promoted and freed only by full collections (2 GB zipped: 3.1 s with
 * 1 MiB pieces, 2.7 s with 256 KiB, 2.9 s with 128 KiB).
 */
const PIECE = 256 * 1024;
/** The compressed bytes `[start, end)` of an archive as a stream of large reads. */
function rangeStream(fh, start, end) {
    let pos = start;
    return new external_node_stream_namespaceObject.Readable({
        highWaterMark: PIECE,
        read() {
            if (pos >= end)
                return void this.push(null);
            const n = Math.min(PIECE, end - pos);
            fh.read(Buffer.allocUnsafeSlow(n), 0, n, pos).then(({ bytesRead, buffer }) => {
                if (bytesRead === 0)
                    return this.destroy(new Error('archive ends inside an entry (truncated)'));
                pos += bytesRead;
                this.push(bytesRead === n ? buffer : buffer.subarray(0, bytesRead));
            }, (err) => this.destroy(err));
        },
    });
}
function localHeader(zf, entry) {
    return new Promise((resolve, reject) => zf.readLocalFileHeader(entry, { minimal: true }, (err, header) => err ? reject(err) : resolve(header.fileDataStart)));
}
/**
 * An entry's content as a stream: the compressed range read by `rangeStream`, inflated here (stored entries pass
 * through), and held to its declared size: a header that lies (more or fewer bytes than declared) fails the stream.
 * Nothing is read before the first read. The line splitter reads it directly instead (DirectRead): inflated by the
 * inflate thread when there is one, with the same size checks.
 */
class EntryStream extends external_node_stream_namespaceObject.Transform {
    place;
    /** Bytes of content so far, through the stream or the direct read (one or the other). */
    seen = 0;
    connected = false;
    raw = null;
    constructor(place) {
        super({ readableHighWaterMark: PIECE, writableHighWaterMark: PIECE });
        this.place = place;
        this.on('close', () => this.raw?.destroy());
    }
    /** The error when `seen` bytes so far are more than the header declares (or than the cap), else null. */
    overDeclared(seen) {
        return seen > this.place.declared || seen > this.place.maxBytes
            ? new Error(`entry is larger than its declared ${this.place.declared} bytes`)
            : null;
    }
    /** The error when all `seen` bytes are not what the header declares, else null. */
    notDeclared(seen) {
        return seen === this.place.declared
            ? null
            : new Error(`entry has ${seen} bytes, its header declares ${this.place.declared}`);
    }
    /** The first read connects the compressed bytes (and the inflater) to this stream. */
    _read(size) {
        if (!this.connected) {
            this.connected = true;
            const p = this.place;
            const fail = (e) => this.destroy(e);
            const connect = (fh) => {
                if (this.destroyed)
                    return;
                const raw = (this.raw = rangeStream(fh, p.dataStart, p.dataStart + p.compressedSize));
                raw.on('error', fail);
                const source = p.method === 8 ? raw.pipe((0,external_node_zlib_namespaceObject.createInflateRaw)({ chunkSize: PIECE })) : raw;
                source.on('error', fail);
                source.pipe(this);
            };
            p.fh().then(connect, fail);
        }
        super._read(size);
    }
    _transform(chunk, _enc, cb) {
        this.seen += chunk.length;
        const err = this.overDeclared(this.seen);
        if (err)
            cb(err);
        else
            cb(null, chunk);
    }
    _flush(cb) {
        cb(this.notDeclared(this.seen));
    }
    async readDirect(push) {
        const thread = await inflateThread();
        if (!thread) {
            for await (const chunk of this)
                push(chunk);
            return;
        }
        const p = this.place;
        await thread.read({ path: p.zipPath, start: p.dataStart, size: p.compressedSize, method: p.method }, (chunk) => {
            this.seen += chunk.length;
            const err = this.overDeclared(this.seen);
            if (err)
                throw err;
            push(chunk);
        });
        const err = this.notDeclared(this.seen);
        if (err)
            throw err;
    }
}
async function openEntry(zf, zipPath, fh, entry, maxBytes) {
    const method = entry.compressionMethod;
    if (method !== 0 && method !== 8)
        throw new Error(`unsupported compression method: ${method}`);
    return new EntryStream({
        zipPath,
        fh,
        dataStart: await localHeader(zf, entry),
        compressedSize: entry.compressedSize,
        method,
        declared: entry.uncompressedSize,
        maxBytes,
    });
}

;// CONCATENATED MODULE: ./src/sources/local.ts
// Local sources: directories of run folders, single run folders and artifact zips (DESIGN.md "CLI").






const RUN_ID_NAME = /^(run-)?\d+$/;
/** A folder named like a run (`run-123`, `gh-aw-copilot-run-21986494867`), never an artifact. */
const RUN_LIKE_NAME = /(^|[-_])(run-)?\d{5,}$/;
const DIRECT_EVIDENCE = new Set([
    'aw_info.json',
    'mcp-logs',
    'sandbox',
    'agent-stdio.log',
    'workflow-logs',
    'proxy-logs',
]);
/** What an artifact folder can hold at its root, in any era (prefixes `tmp/gh-aw/` and `gh-aw/` included). */
const ARTIFACT_ROOT_EVIDENCE = new Set([
    ...DIRECT_EVIDENCE,
    'mcp-gateway.log',
    'rpc-messages.jsonl',
    'access.log',
    'logs',
    'audit',
    'activity',
    'aw-prompts',
    'tmp',
    'gh-aw',
]);
const MAX_FILES_PER_RUN = 100_000;
const SKIP_DIR_NAMES = new Set(['wazero-cache', 'proxy-tls', 'node_modules', '.git']);
async function readdirSafe(dir) {
    try {
        return await external_node_fs_namespaceObject.promises.readdir(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
}
/** A folder or zip name that names a run (`123`, `run-123`, `gh-aw-copilot-run-123`), not an artifact. */
function isRunName(name) {
    return !isEvidenceArtifact(name) && (RUN_ID_NAME.test(name) || RUN_LIKE_NAME.test(name));
}
async function holdsDirectEvidence(dir, names) {
    for (const e of await readdirSafe(dir)) {
        if (names.has(e.name))
            return true;
        if (e.isFile() && e.name.endsWith('.zip'))
            return true;
    }
    return false;
}
async function isArtifactFolder(dir) {
    const name = (0,external_node_path_namespaceObject.basename)(dir);
    if (RUN_LIKE_NAME.test(name) || RUN_ID_NAME.test(name))
        return false;
    if (isEvidenceArtifact(name))
        return true;
    return holdsDirectEvidence(dir, ARTIFACT_ROOT_EVIDENCE);
}
/** The message of a file-system error without the path (the caller names it once). */
function pathErrorText(err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    // Node's `EIO: i/o error, stat '/x'`: the code, the syscall and the path are dropped.
    return errText(err).replace(/^[A-Z]+: /, '');
}
/** A path given on the command line (or as `logs-path`) that is no run location: said in one line, without the path. */
class NotARunError extends Error {
}
/** Classifies one path given on the command line into run locations. */
async function discoverRuns(path) {
    const abs = (0,external_node_path_namespaceObject.resolve)(path);
    const st = await external_node_fs_namespaceObject.promises.stat(abs);
    if (st.isFile()) {
        if (abs.endsWith('.zip'))
            return [{ kind: 'zip', path: abs }];
        throw new NotARunError('not a folder or a .zip file');
    }
    if (!st.isDirectory())
        throw new NotARunError('not a folder or a .zip file');
    return classifyDir(abs, 0);
}
/** What a run location looks like, for the message about a path that holds none. */
const RUN_LAYOUT_HINT = 'a run folder holds aw_info.json, mcp-logs/, sandbox/, agent-stdio.log, workflow-logs/ or artifact folders or .zip files ' +
    '(what `gh run download <id> --dir D` or `gh aw logs` write); an artifact zip is a .zip downloaded from a run';
/** For a folder that holds no run: what is there, and what a run looks like (one line). */
async function describeNoRun(path) {
    const entries = (await readdirSafe((0,external_node_path_namespaceObject.resolve)(path))).sort((a, b) => a.name.localeCompare(b.name));
    const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name + '/');
    const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
    const names = [...dirs, ...files];
    const found = names.length === 0
        ? 'the folder is empty'
        : `found ${dirs.length} folder(s) and ${files.length} file(s) (${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}) but no run evidence in them`;
    return `no run found: ${found}; ${RUN_LAYOUT_HINT}`.replace(/[\u0000-\u001f\u007f]/g, '?');
}
/**
 * The same run given twice is audited once: a location given again (the same path, or reached through a symbolic
 * link), or one inside a run folder that is audited already (a run folder given directly and via its parent, an
 * artifact given beside its run), is dropped. The first occurrence keeps its place.
 */
async function dedupeRuns(refs) {
    const real = await Promise.all(refs.map((r) => external_node_fs_namespaceObject.promises.realpath(r.path).catch(() => (0,external_node_path_namespaceObject.resolve)(r.path))));
    const dirs = real.filter((p, i) => refs[i].kind === 'dir');
    const seen = new Set();
    const out = [];
    for (const [i, ref] of refs.entries()) {
        const p = real[i];
        if (seen.has(p))
            continue;
        if (dirs.some((d) => d !== p && p.startsWith(d.endsWith(external_node_path_namespaceObject.sep) ? d : d + external_node_path_namespaceObject.sep)))
            continue;
        seen.add(p);
        out.push(ref);
    }
    return out;
}
async function classifyDir(dir, depth) {
    if (await isRunFolder(dir))
        return [{ kind: 'dir', path: dir }];
    if (depth > 6)
        return [];
    const out = [];
    const entries = (await readdirSafe(dir)).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
        if (e.isDirectory() && !SKIP_DIR_NAMES.has(e.name))
            out.push(...(await classifyDir((0,external_node_path_namespaceObject.join)(dir, e.name), depth + 1)));
        else if (e.isFile() && e.name.endsWith('.zip'))
            out.push({ kind: 'zip', path: (0,external_node_path_namespaceObject.join)(dir, e.name) });
    }
    return out;
}
/**
 * One run: named like one, or holding run evidence directly, artifact zips, or artifact folders. A folder that holds
 * runs of its own (folders or zips named like runs) is a folder of runs: a `.zip` beside them is one more run, not an
 * artifact of its neighbours.
 */
async function isRunFolder(dir) {
    if (RUN_ID_NAME.test((0,external_node_path_namespaceObject.basename)(dir)))
        return true;
    const entries = await readdirSafe(dir);
    if (entries.some((e) => DIRECT_EVIDENCE.has(e.name)))
        return true;
    const holdsRuns = entries.some((e) => (e.isDirectory() && isRunName(e.name)) ||
        (e.isFile() && e.name.endsWith('.zip') && isRunName(e.name.slice(0, -4))));
    if (holdsRuns)
        return false;
    if (entries.some((e) => e.isFile() && e.name.endsWith('.zip')))
        return true;
    for (const e of entries) {
        if (e.isDirectory() && (await isArtifactFolder((0,external_node_path_namespaceObject.join)(dir, e.name))))
            return true;
    }
    return false;
}
/** Run id from a folder or zip name: the trailing digit group, else the name itself. */
function runIdFromName(name) {
    const stem = name.replace(/\.zip$/, '');
    const m = /(\d+)$/.exec(stem);
    return m ? m[1] : stem;
}
/** Opens a run location as a RunInput (files listed, zips opened lazily). */
async function openLocalRun(ref, options = {}) {
    const limits = options.zipLimits ?? DEFAULT_ZIP_LIMITS;
    const notes = [];
    const files = [];
    const closers = [];
    const used = { total: 0 };
    const name = (0,external_node_path_namespaceObject.basename)(ref.path);
    const addZip = async (zipPath, label) => {
        const artifact = (0,external_node_path_namespaceObject.basename)(zipPath).replace(/\.zip$/, '');
        if (isDockerBuildArtifact(artifact)) {
            notes.push({
                file: label,
                reason: 'skipped: `.dockerbuild` artifact (not a zip archive)',
                partial: false,
            });
            return;
        }
        const z = await readZip(zipPath, label, artifact, limits, used);
        files.push(...z.files);
        notes.push(...z.notes);
        closers.push(z.close);
    };
    if (ref.kind === 'zip') {
        await addZip(ref.path, name);
    }
    else {
        await walk(ref.path, '', files, notes, addZip);
    }
    // Files inside an artifact folder get that folder as their artifact (`gh run download` layout).
    for (const f of files) {
        if (f.artifact === null) {
            const top = f.path.split('/')[0];
            if (f.path.includes('/') && (isEvidenceArtifact(top) || artifactBase(top) !== top))
                f.artifact = top;
        }
    }
    const meta = { id: runIdFromName(name), workflow: null, branch: null, url: null };
    return {
        meta,
        files,
        notes,
        close: async () => {
            for (const c of closers)
                await c();
        },
    };
}
async function walk(root, rel, files, notes, addZip) {
    const dir = rel ? (0,external_node_path_namespaceObject.join)(root, rel) : root;
    for (const e of (await readdirSafe(dir)).sort((a, b) => a.name.localeCompare(b.name))) {
        const relPath = rel ? `${rel}/${e.name}` : e.name;
        const abs = (0,external_node_path_namespaceObject.join)(root, relPath);
        if (e.isSymbolicLink()) {
            notes.push({ file: relPath, reason: 'skipped: symbolic link', partial: false });
        }
        else if (e.isDirectory()) {
            if (SKIP_DIR_NAMES.has(e.name) || e.name.endsWith('.dockerbuild'))
                continue;
            await walk(root, relPath, files, notes, addZip);
        }
        else if (e.isFile()) {
            if (files.length >= MAX_FILES_PER_RUN) {
                notes.push({
                    file: relPath,
                    reason: `not read: more than ${MAX_FILES_PER_RUN} files in the run`,
                    partial: true,
                });
                return;
            }
            if (e.name.endsWith('.zip') && !rel) {
                try {
                    await addZip(abs, relPath);
                }
                catch (err) {
                    notes.push({
                        file: relPath,
                        reason: `unreadable zip (${errText(err)})`,
                        partial: true,
                        kind: 'unreadable',
                    });
                }
                continue;
            }
            let size = null;
            try {
                size = (await external_node_fs_namespaceObject.promises.stat(abs)).size;
            }
            catch {
                /* reported when opened */
            }
            files.push({
                path: relPath,
                artifact: null,
                size,
                open: async () => openFileStream(abs),
            });
        }
    }
}
const ZIP_EXPANSION = 5;
/** Total bytes of run locations (file and zip sizes), to decide whether analysis workers pay off. */
async function totalBytes(refs) {
    let total = 0;
    // A zip counts for what it inflates to (logs compress about 5–10×).
    const addFile = async (path) => (total +=
        (path.endsWith('.zip') ? ZIP_EXPANSION : 1) * (await external_node_fs_namespaceObject.promises.stat(path).catch(() => ({ size: 0 }))).size);
    const walkSize = async (dir, depth) => {
        if (depth > 12)
            return;
        for (const e of await readdirSafe(dir)) {
            const p = (0,external_node_path_namespaceObject.join)(dir, e.name);
            if (e.isDirectory())
                await walkSize(p, depth + 1);
            else if (e.isFile())
                await addFile(p);
        }
    };
    for (const ref of refs) {
        if (ref.kind === 'zip')
            await addFile(ref.path);
        else
            await walkSize(ref.path, 0);
    }
    return total;
}
/** A file on disk as a stream (see FileStream: the line splitter reads it directly). */
function openFileStream(path) {
    return new FileStream(path);
}

;// CONCATENATED MODULE: ./src/sources/run-spec.ts


async function openRunSpec(spec) {
    if (spec.kind === 'local')
        return openLocalRun(spec.ref, { zipLimits: spec.zipLimits });
    const notes = [...spec.notes];
    const files = [];
    const closers = [];
    const used = { total: 0 };
    for (const z of spec.zips) {
        const opened = await readZip(z.path, z.artifact, z.artifact, spec.zipLimits ?? DEFAULT_ZIP_LIMITS, used);
        files.push(...opened.files);
        notes.push(...opened.notes);
        closers.push(opened.close);
    }
    for (const f of spec.files) {
        files.push({
            path: f.path,
            artifact: null,
            size: null,
            open: async () => openFileStream(f.diskPath),
        });
    }
    return {
        meta: spec.meta,
        files,
        notes,
        repositoryPrivate: spec.repositoryPrivate,
        close: async () => {
            for (const c of closers)
                await c();
        },
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/engine/workers.ts
// Both cores: runs are analysed in worker threads when there are several. The workers run the same bundle
// (dist/cli.js or dist/index.js) in worker mode; each has a bounded young generation, which keeps the peak RSS flat.



const WORKER_ROLE = 'integrity-audit-worker';
/** True in a thread started by the pool; the bundle entry then serves requests instead of running main(). */
function isAuditWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === WORKER_ROLE;
}
/** The worker side: analyse each requested run with `analyze` and post the result back. */
function serveWorker(analyze) {
    external_node_worker_threads_namespaceObject.parentPort.on('message', (req) => {
        analyze(req).then((analysis) => external_node_worker_threads_namespaceObject.parentPort.postMessage({ id: req.id, analysis }), (err) => external_node_worker_threads_namespaceObject.parentPort.postMessage({
            id: req.id,
            error: err instanceof Error ? err.message : String(err),
        }));
    });
}
/** Young-generation cap per worker (MB): the scavenger's semi-spaces are most of a parser's RSS growth. */
const workers_YOUNG_MB = 3;
/** `INTEGRITY_AUDIT_WORKERS=N`: analyse in N worker threads (0: in the calling thread), whatever the input. */
function forcedWorkers() {
    const v = process.env.INTEGRITY_AUDIT_WORKERS;
    if (v === undefined || v.trim() === '')
        return null;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 16) : null;
}
/** Workers for `runs` runs: the forced number, else one per core, at most 4. */
function workerCount(runs) {
    return Math.max(0, Math.min(runs, forcedWorkers() ?? Math.min((0,external_node_os_namespaceObject.availableParallelism)(), 4)));
}
function createPool(entry, size) {
    const slots = [];
    const waiting = [];
    const pending = new Map();
    let nextId = 0;
    const spawn = () => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(entry, {
            workerData: { role: WORKER_ROLE },
            resourceLimits: { maxYoungGenerationSizeMb: workers_YOUNG_MB },
        });
        worker.once('online', reapplyHeapBounds);
        const slot = { worker, busy: false };
        worker.on('message', (reply) => {
            const p = pending.get(reply.id);
            if (!p)
                return;
            pending.delete(reply.id);
            release(slot);
            if ('error' in reply)
                p.reject(new Error(reply.error));
            else
                p.resolve(reply.analysis);
        });
        const fail = (err) => {
            // A crashed worker (e.g. out of memory) fails its run, and is replaced for the next ones.
            for (const [id, p] of pending) {
                if (p.slot !== slot)
                    continue;
                pending.delete(id);
                p.reject(err);
            }
            const i = slots.indexOf(slot);
            if (i >= 0)
                slots[i] = spawn();
            release(slots[i] ?? slot);
        };
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (code !== 0 && slots.includes(slot))
                fail(new Error(`analysis worker exited with code ${code}`));
        });
        return slot;
    };
    const release = (slot) => {
        slot.busy = false;
        waiting.shift()?.();
    };
    for (let i = 0; i < size; i++)
        slots.push(spawn());
    const acquire = async () => {
        for (;;) {
            const free = slots.find((s) => !s.busy);
            if (free) {
                free.busy = true;
                return free;
            }
            await new Promise((r) => waiting.push(r));
        }
    };
    return {
        size,
        async analyze(spec, config, fallbackId) {
            const slot = await acquire();
            const id = nextId++;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve, reject, slot });
                slot.worker.postMessage({ id, spec, config, fallbackId });
            });
        },
        async close() {
            const all = slots.splice(0);
            await Promise.all(all.map((s) => s.worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/audit.ts










/** A run that could not be read at all: coverage none, with the reason. */
function unreadableRun(meta, err, config) {
    return analyzeRun({
        meta,
        events: [],
        firewall: null,
        awInfo: null,
        activity: null,
        tools: null,
        agentStdio: null,
        activationRateLimit: null,
        files: [],
        notes: [
            {
                file: meta.id,
                reason: `run could not be read: ${errText(err)}`,
                partial: true,
                kind: 'unreadable',
            },
        ],
        hasArtifacts: false,
        repositoryPrivate: null,
    }, config);
}
/** Analyses one run spec in this thread; a failure becomes a run with coverage `none`, never a crash. */
async function analyzeSpec(spec, config, fallbackId) {
    const input = await openRunSpec(spec).catch((err) => err);
    if (input instanceof Error)
        return unreadableRun(specMeta(spec, fallbackId), input, config);
    try {
        return analyzeRun(await collectEvidence(input), config);
    }
    catch (err) {
        return unreadableRun(input.meta, err, config);
    }
    finally {
        await input.close().catch(() => undefined);
    }
}
/** The worker side of the pool. */
function analyzeRequest(req) {
    return analyzeSpec(req.spec, req.config, req.fallbackId);
}
function specMeta(spec, fallbackId) {
    return spec.kind === 'files' ? spec.meta : { id: fallbackId, workflow: null, branch: null, url: null };
}
async function auditRuns(jobs, options) {
    const { config } = options;
    const workers = options.workerEntry && options.useWorkers && jobs.length > 1 ? workerCount(jobs.length) : 0;
    const pool = workers > 0 ? createPool(options.workerEntry, workers) : null;
    let done = 0;
    try {
        const analyses = await mapLimit(jobs, Math.max(options.concurrency ?? 2, pool?.size ?? 0), async (job) => {
            let prepared;
            try {
                prepared = await job.prepare();
            }
            catch (err) {
                if (options.rethrow?.(err))
                    throw err;
                const a = unreadableRun({ id: job.id, workflow: null, branch: null, url: null }, err, config);
                options.log?.(`run ${++done}/${jobs.length} ${job.id}: not audited (${errText(err)})`);
                return a;
            }
            try {
                const a = pool
                    ? await pool
                        .analyze(prepared.spec, config, job.id)
                        .catch((err) => unreadableRun(specMeta(prepared.spec, job.id), err, config))
                    : await analyzeSpec(prepared.spec, config, job.id);
                options.log?.(`run ${++done}/${jobs.length} ${a.facts.id}: ${a.findings.length} finding(s), coverage ${a.facts.coverage}`);
                return a;
            }
            finally {
                await prepared.cleanup?.().catch(() => undefined);
            }
        });
        const { kept, notes } = dedupeAnalyses(analyses);
        const facts = kept.map((a) => a.facts);
        const raw = kept.flatMap((a) => a.findings);
        const buildOptions = notes.length > 0 ? { ...options, notes: [...(options.notes ?? []), ...notes] } : options;
        return {
            report: applySuppressions(buildReport(facts, raw, buildOptions), config.suppressions, RULE_IDS, buildOptions.generatedAt),
            analyses: kept,
        };
    }
    finally {
        await pool?.close();
    }
}
const COVERAGE_RANK = { none: 0, partial: 1, full: 2 };
/**
 * The same GitHub run (one numeric run id) given twice, e.g. as a run folder and as its artifact zip, is audited once:
 * the best-covered copy stays. Another copy is dropped only when it covers no more and every finding of it is also a
 * finding of the copy kept (its own `evidence-missing` aside); otherwise both stay, so nothing a copy shows is hidden. Ids that are not run ids (folder
 * names) are never merged: two folders called `logs` are two runs.
 */
function dedupeAnalyses(analyses) {
    const byId = new Map();
    for (const a of analyses) {
        if (!/^\d+$/.test(a.facts.id))
            continue;
        const list = byId.get(a.facts.id);
        if (list)
            list.push(a);
        else
            byId.set(a.facts.id, [a]);
    }
    const dropped = new Set();
    const notes = [];
    const findingKey = (f) => `${f.rule}\u0000${f.severity}\u0000${JSON.stringify(f.key)}`;
    for (const [id, copies] of byId) {
        if (copies.length < 2)
            continue;
        const best = copies.reduce((a, b) => COVERAGE_RANK[b.facts.coverage] > COVERAGE_RANK[a.facts.coverage] ? b : a);
        const bestKeys = new Set(best.findings.map(findingKey));
        let n = 0;
        for (const c of copies) {
            if (c === best)
                continue;
            if (COVERAGE_RANK[c.facts.coverage] > COVERAGE_RANK[best.facts.coverage])
                continue;
            // What the copy found must be found by the kept one too; only its own missing evidence is no loss.
            if (!c.findings.every((f) => f.rule === 'evidence-missing' || bestKeys.has(findingKey(f))))
                continue;
            dropped.add(c);
            n++;
        }
        if (n > 0)
            notes.push(`Run ${id} was given ${n + 1} times: audited once.`);
    }
    return { kept: analyses.filter((a) => !dropped.has(a)), notes };
}
/** From this much input, worker threads can pay off (below it their start-up and warm-up cost more than they gain). */
const WORKER_THRESHOLD_BYTES = 256 * 1024 * 1024;
/**
 * Whether to analyse in worker threads. One analysing thread already keeps about 1.4 cores busy: file reads and
 * inflating run on libuv's thread pool, garbage collection and JIT compilation on V8's helper threads. On 2 cores,
 * two workers made 2 GB of logs on disk about 3% faster and zipped logs 5–15% slower, for 10–15 MB more memory; so
 * they start only where cores are left over (4 or more) and the input is large. `INTEGRITY_AUDIT_WORKERS` decides
 * instead when set (see workerCount). `bytes` (null: unknown) is measured only when it decides.
 */
async function worthWorkers(runs, bytes, cores = (0,external_node_os_namespaceObject.availableParallelism)()) {
    if (runs < 2)
        return false;
    const forced = forcedWorkers();
    if (forced !== null)
        return forced > 0;
    if (cores < 4)
        return false;
    const size = await bytes();
    return size === null ? runs >= 8 : size >= WORKER_THRESHOLD_BYTES;
}
/** Jobs for local run locations (the CLI and the action's `logs-path`). */
function localJobs(refs, idOf) {
    return refs.map((ref) => ({ id: idOf(ref.path), prepare: async () => ({ spec: { kind: 'local', ref } }) }));
}

;// CONCATENATED MODULE: ./src/report/actions.ts
// What each rule asks people to change, in a few words, grouped by the place where it is changed (the gateway or guard
// version, `network.allowed`, `tools.github`, `min-integrity`, `trusted-users` and approval labels, …). The lead
// paragraph names one to three of them; the closing Recommendations section lists each area once with the findings
// it answers. Constant text of our own (Markdown with code spans), never log text.
/** Areas in the order the Recommendations section lists them, with their heading. */
const AREAS = [
    ['review', 'Review the affected runs'],
    ['version', 'Gateway or guard version'],
    ['tools-github', '`tools.github` in the workflow'],
    ['network', '`network.allowed` in the workflow'],
    ['min-integrity', '`min-integrity` and `repos`'],
    ['trusted', '`trusted-users` or approval labels'],
    ['backend', 'MCP servers and their tokens'],
    ['schedule', 'Schedules and rate limits'],
    ['coverage', 'Audit coverage'],
];
const RULE_ACTIONS = {
    'scope-violation': {
        what: 'out-of-scope repository data reaching the agent',
        todo: "treat the run's output as a data leak and report it to the gateway's maintainers",
        area: 'review',
    },
    'guard-bypass': {
        what: 'a GitHub server running without its guard',
        todo: "treat the run's output as unfiltered, fix the guard load error",
        area: 'review',
    },
    'proxy-fail-open': {
        what: 'a possible fail-open in the DIFC proxy',
        todo: 'treat data read by pre-agent steps as unfiltered, upgrade the gateway',
        area: 'version',
    },
    'wasm-guard-trap': {
        what: 'a WASM guard trap',
        todo: "report the trap to the guard's maintainers, upgrade the gateway",
        area: 'version',
    },
    'labeling-failure': {
        what: 'guard labeling failures',
        todo: "check the guard policy, report guard errors to the gateway's maintainers",
        area: 'version',
    },
    'unlabeled-passthrough': {
        what: 'an unrecognised REST endpoint forwarded unfiltered',
        todo: "ask the gateway's maintainers to route the endpoint, or avoid it in pre-agent steps",
        area: 'version',
    },
    'unscoped-integrity-tag': {
        what: 'unscoped integrity tags',
        todo: "report the tool to the guard's maintainers, upgrade the gateway",
        area: 'version',
    },
    'empty-integrity-tags': {
        what: 'filtered items without integrity tags',
        todo: "report the tool to the guard's maintainers",
        area: 'version',
    },
    'gateway-error': {
        what: 'gateway errors',
        todo: 'read the error: a server image or token, the lock file, or a gateway bug',
        area: 'version',
    },
    'difc-not-enforced': {
        what: 'a GitHub server without integrity filtering',
        todo: 'set `tools.github.min-integrity` and recompile',
        area: 'tools-github',
    },
    'direct-api-bypass': {
        what: 'direct API access blocked by the firewall',
        todo: 'route GitHub access through `tools.github`',
        area: 'tools-github',
    },
    'firewall-block': {
        what: 'a blocked destination',
        todo: 'add a destination the workflow needs to `network.allowed`',
        area: 'network',
    },
    'over-filtering': {
        what: 'most items filtered',
        todo: 'widen `repos` or `min-integrity` if legitimate data is lost',
        area: 'min-integrity',
    },
    'repeated-filtering': {
        what: 'the same item filtered run after run',
        todo: 'add the authors to `trusted-users`, approve the items with a label, or lower `min-integrity`',
        area: 'trusted',
    },
    'backend-lost': {
        what: 'an MCP backend lost mid-session',
        todo: "read the backend's last stderr lines and fix the server or its token",
        area: 'backend',
    },
    'auth-rejected': {
        what: 'requests rejected by the gateway',
        todo: "check the agent's MCP configuration carries the gateway key",
        area: 'backend',
    },
    'guard-lookup-failed': {
        what: 'failed guard lookups',
        todo: 'give the gateway a GitHub token',
        area: 'backend',
    },
    'upstream-rate-limit': {
        what: 'upstream rate limits',
        todo: 'spread heavy workflows over time',
        area: 'schedule',
    },
    'activation-rate-limit': {
        what: 'an activation rate limit',
        todo: 'move the cron schedule away from other agentic workflows',
        area: 'schedule',
    },
    'agent-not-invoked': {
        what: 'an agent that never ran',
        todo: "check the run's activation job",
        area: 'coverage',
    },
    'evidence-missing': {
        what: 'missing evidence',
        todo: 'audit runs within the artifact retention period',
        area: 'coverage',
    },
};
function actionOf(rule) {
    return RULE_ACTIONS[rule] ?? null;
}

;// CONCATENATED MODULE: ./src/report/evidence.ts
const EVIDENCE_WIDTH = 160;
/** `guard labeling failed: resource labeling failed: X` → `X`: the chain's links before the cause, dropped one by one. */
const CHAIN_LINK = /(?<=(?:[=:]|…) ?)[A-Za-z][\w '-]{2,48} failed: (?=\S)/;
/**
 * Fits a text into `max` characters: first without the generic links of an error chain (the cause stays), then by
 * cutting its middle, keeping its start (the record) and its end (the cause).
 */
function cutMiddle(text, max) {
    let t = text;
    while (t.length > max && CHAIN_LINK.test(t))
        t = t.replace(CHAIN_LINK, '… ');
    t = t.replace(/(?:… )+/g, '… ');
    return cutMid(t, max);
}
function cutMid(text, max) {
    if (text.length <= max)
        return text;
    const tailLength = Math.min(48, Math.floor(max / 3));
    const headLength = max - tailLength - 3;
    let head = text.slice(0, headLength);
    let tail = text.slice(text.length - tailLength + 1);
    // At word boundaries when one is near: `is unava … fter` reads worse than `is … after`.
    const space = head.lastIndexOf(' ');
    if (space > headLength - 16)
        head = head.slice(0, space);
    const next = tail.indexOf(' ');
    if (next >= 0 && next < 16)
        tail = tail.slice(next + 1);
    return `${head} … ${tail}`.slice(0, max);
}
function stampOf(date) {
    if (Number.isNaN(date.getTime()))
        return null;
    const iso = date.toISOString();
    return { day: iso.slice(0, 10), time: iso.slice(11, 19) };
}
function isoStamp(text) {
    return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? stampOf(new Date(text)) : null;
}
function epochStamp(text) {
    const n = Number(text);
    return Number.isFinite(n) && n > 1e9 && n < 1e11 ? stampOf(new Date(n * 1000)) : null;
}
const GATEWAY = /^\[([^\]]{10,40})\] \[([A-Z]+)\] \[([^\]]{1,80})\] ?(.*)$/;
const SQUID = /^(\d{9,11}\.\d{1,6})\s+\S+\s+(\S+)\s+\S+\s+\S+\s+(\S+)\s+(\d{3})\s+([A-Z_]+)(?::\S+)?\s+\S+\s*(?:"([^"]*)")?/;
const JSON_FIELD = /"([A-Za-z_][A-Za-z0-9_]{0,40})":\s*("(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?|true|false|null)/g;
const TIME_KEYS = new Set(['timestamp', 'ts', 'time']);
const NOISE_KEYS = new Set(['_schema', 'session', 'session_id', 'secrecy_tags', 'jsonrpc', 'id']);
function parseLine(excerpt) {
    const text = excerpt
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    const g = GATEWAY.exec(text);
    if (g) {
        const message = g[4].replace(/,? ?session=[^,\s]*,?/g, (m) => m.endsWith(',') && m.startsWith(',') ? ',' : '');
        return { stamp: isoStamp(g[1]), rest: `${g[2]} ${g[3]}: ${message.trim()}` };
    }
    const s = SQUID.exec(text);
    if (s) {
        const ua = s[6] !== undefined ? ` "${s[6]}"` : '';
        return { stamp: epochStamp(s[1]), rest: `${s[3]} ${s[2]} → ${s[4]} ${s[5]}${ua}` };
    }
    if (text.startsWith('{')) {
        let stamp = null;
        const parts = [];
        for (const m of text.matchAll(JSON_FIELD)) {
            const [, key, raw] = m;
            const value = raw.startsWith('"')
                ? raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined)
                : raw;
            if (TIME_KEYS.has(key)) {
                stamp ??= isoStamp(value) ?? epochStamp(value);
                continue;
            }
            if (NOISE_KEYS.has(key) || value === '' || value === 'null')
                continue;
            parts.push(`${key}=${value.replace(/\\"/g, '"').slice(0, 48)}${value.length > 48 ? '…' : ''}`);
        }
        if (parts.length > 0)
            return { stamp, rest: parts.join(' ') };
    }
    const lead = /^(\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+(.*)$/.exec(text);
    if (lead)
        return { stamp: isoStamp(lead[1].replace(/\//g, '-')), rest: lead[2] };
    return { stamp: null, rest: text };
}
/**
 * The evidence of one finding in groups of one run and file, in the order of the finding's runs and then by line,
 * each line cut to `width` characters including its line-number prefix (`14│ `).
 */
function evidenceGroups(evidence, runOrder, width = EVIDENCE_WIDTH) {
    const rank = (run) => {
        const i = runOrder.indexOf(run);
        return i === -1 ? runOrder.length : i;
    };
    const sorted = [...evidence].sort((a, b) => rank(a.run) - rank(b.run) || a.file.localeCompare(b.file) || a.line - b.line);
    const groups = [];
    for (const e of sorted) {
        let g = groups[groups.length - 1];
        if (!g || g.run !== e.run || g.file !== e.file) {
            g = { run: e.run, file: e.file, day: null, lines: [], parsed: [] };
            groups.push(g);
        }
        g.parsed.push(parseLine(e.excerpt));
        g.lines.push({ line: e.line, text: '' });
    }
    return groups.map(({ parsed, ...g }) => {
        const days = new Set(parsed.map((p) => p.stamp?.day ?? null));
        const day = days.size === 1 ? [...days][0] : null;
        const digits = Math.max(...g.lines.map((l) => String(l.line).length));
        const lines = g.lines.map((l, i) => {
            const p = parsed[i];
            const when = p.stamp ? (day ? p.stamp.time : `${p.stamp.day} ${p.stamp.time}`) + ' ' : '';
            const prefix = `${String(l.line).padStart(digits)}│ `;
            return { line: l.line, text: prefix + cutMiddle(when + p.rest, width - prefix.length) };
        });
        return { ...g, day, lines };
    });
}
/** `agent/sandbox/firewall/logs/access.log` → `logs/access.log`: the caption names the file, the JSON the path. */
function shortFile(path) {
    const parts = path.split('/').filter(Boolean);
    return parts.slice(-2).join('/') || path;
}

;// CONCATENATED MODULE: ./src/report/state.ts
// The hidden state block at the end of the issue body: target repository and finding fingerprints, so the next
// audit tells new, recurring and resolved findings apart, and a rerun on the same data writes nothing.

const STATE_MARKER = 'integrity-audit:state';
const MAX_HISTORY = 12;
function historyEntryOf(report) {
    const s = report.summary;
    return {
        date: report.generatedAt,
        critical: s.critical,
        warning: s.warning,
        info: s.info,
        runs: s.runs,
        filtered: report.runs.reduce((n, r) => n + r.difc.filtered, 0),
        blocks: report.runs.reduce((n, r) => n + r.firewall.blocked, 0),
    };
}
/** A history read from an issue body: only well-formed entries (the body can be edited by anyone who can edit it). */
function validHistory(history) {
    if (!Array.isArray(history))
        return [];
    const num = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    return history
        .filter((h) => typeof h === 'object' &&
        h !== null &&
        typeof h.date === 'string' &&
        /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(h.date) &&
        ['critical', 'warning', 'info', 'runs', 'filtered', 'blocks'].every((k) => num(h[k])))
        .map((h) => ({
        date: h.date,
        critical: h.critical,
        warning: h.warning,
        info: h.info,
        runs: h.runs,
        filtered: h.filtered,
        blocks: h.blocks,
    }));
}
const MAX_STATE_FINDINGS = 300;
const MAX_STATE_CHARS = 24_000;
/** The state of this audit; with the previous issue's state, its history gains this audit (the last MAX_HISTORY). */
function stateOf(report, previous = null) {
    const all = {};
    for (const f of report.findings) {
        const key = `${f.fingerprint}:${f.severity}`;
        const prev = all[key];
        all[key] = {
            rule: f.rule,
            severity: f.severity,
            count: (prev?.count ?? 0) + f.count,
            title: f.title.slice(0, 100),
        };
    }
    const lines = Object.entries(all)
        .map(([k, v]) => `${k}=${v.count}`)
        .sort();
    const runs = report.runs.map((r) => r.id).sort();
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify([report.target, lines, runs]))
        .digest('hex')
        .slice(0, 24);
    const keys = Object.keys(all);
    const findings = {};
    for (const k of keys.slice(0, MAX_STATE_FINDINGS))
        findings[k] = all[k];
    const state = {
        v: 1,
        target: report.target,
        digest,
        findings,
        verdict: report.summary.verdict,
        history: [...validHistory(previous?.history), historyEntryOf(report)].slice(-MAX_HISTORY),
    };
    if (keys.length > MAX_STATE_FINDINGS)
        state.truncated = true;
    // Measured as rendered: escaping makes `-`, `<` and `>` six characters each, and titles can be full of them.
    if (renderState({ ...state, history: undefined }).length > MAX_STATE_CHARS)
        for (const v of Object.values(findings))
            delete v.title;
    return state;
}
/** `--` cannot appear inside an HTML comment: JSON-escape the hyphen in strings. */
function renderState(state) {
    const json = JSON.stringify(state)
        .replace(/-/g, '\\u002d')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e');
    return `<!-- ${STATE_MARKER} ${json} -->`;
}
function parseState(body) {
    if (!body)
        return null;
    const i = body.lastIndexOf(`<!-- ${STATE_MARKER} `);
    if (i === -1)
        return null;
    const end = body.indexOf(' -->', i);
    if (end === -1)
        return null;
    try {
        const v = JSON.parse(body.slice(i + STATE_MARKER.length + 6, end));
        return v && v.v === 1 && typeof v.findings === 'object' ? v : null;
    }
    catch {
        return null;
    }
}
function diffState(prev, next) {
    const before = prev?.findings ?? {};
    const added = Object.keys(next.findings).filter((k) => !(k in before));
    const recurring = Object.keys(next.findings).filter((k) => k in before);
    const resolved = Object.keys(before).filter((k) => !(k in next.findings));
    const unchanged = prev !== null &&
        prev.digest === next.digest &&
        prev.target === next.target &&
        prev.verdict === next.verdict;
    return { added, recurring, resolved, unchanged };
}

;// CONCATENATED MODULE: ./src/report/words.ts
// Words for the report's own text: real plurals ("1 run", "2 runs"), never "run(s)".
/** `2 runs`, `1 run`; `many` for irregular plurals (`entries`). */
function words_count(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** `a`, `a and b`, `a, b and c`. */
function listOf(items, and = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts








const ISSUE_BODY_BUDGET = 60_000;
const ICON = { critical: '🔴', warning: '🟡', info: '🟢' };
const SECTION = {
    critical: 'Critical Findings',
    warning: 'Warnings',
    info: 'Informational',
};
const markdown_LABEL = { critical: 'Critical', warning: 'Warning', info: 'Info' };
const markdown_LEVELS = [
    { evidence: new Set(['critical', 'warning', 'info']), maxFindings: 200, maxRuns: 500, details: true },
    { evidence: new Set(['critical', 'warning']), maxFindings: 200, maxRuns: 500, details: true },
    { evidence: new Set(['critical']), maxFindings: 100, maxRuns: 300, details: true },
    { evidence: new Set(), maxFindings: 60, maxRuns: 200, details: false },
    { evidence: new Set(), maxFindings: 25, maxRuns: 100, details: false },
    { evidence: new Set(), maxFindings: 10, maxRuns: 40, details: false },
];
/** An Actions run page (`https://host/owner/repo/actions/runs/123`): the only link the report makes from run data. */
const RUN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?\/?$/;
function runLink(id, facts, opts) {
    const url = facts?.url ?? opts.runUrl?.(id) ?? null;
    const label = plain(id, 40);
    // A run.json in a logs folder can say anything: an issue URL would cross-link that issue, a malformed one throw.
    return url && RUN_URL.test(url) ? `[${label}](${url})` : label;
}
/** The anchor a finding's section carries, and a link to it (`[W-1](#w-1)`). */
function anchorOf(f) {
    return f.id.toLowerCase();
}
function findingLink(f) {
    return `[${f.id}](#${anchorOf(f)})`;
}
/** `followOnFailures` → `follow-on failures`: the layout never shows a JSON key as it is. */
function humanKey(key) {
    const words = key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .toLowerCase()
        .trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}
function detailValue(v) {
    if (v === null || v === undefined)
        return '–';
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (typeof v === 'string')
        return code(v, 200);
    if (Array.isArray(v)) {
        const items = v.slice(0, 10).map((x) => typeof x === 'object' && x !== null
            ? Object.values(x)
                .map((y) => (Array.isArray(y) ? y.map((z) => code(String(z), 60)).join(' ') : detailValue(y)))
                .join(' · ')
            : detailValue(x));
        return items.join('; ') + (v.length > 10 ? ` (and ${v.length - 10} more)` : '');
    }
    if (typeof v === 'object') {
        const entries = Object.entries(v).sort((a, b) => Number(b[1]) - Number(a[1]));
        return (entries
            .slice(0, 12)
            .map(([k, n]) => `${code(k, 60)} ×${detailValue(n)}`)
            .join(', ') + (entries.length > 12 ? ` (and ${entries.length - 12} more)` : ''));
    }
    return plain(String(v));
}
/**
 * A finding's details as bullet lines. The rules' own wording (src/report/finding-text.ts, when present) replaces
 * this generic form; keys are shown as words, never as JSON names.
 */
function findingDetails(f) {
    return Object.entries(f.details)
        .filter(([k]) => k !== 'lowerBound')
        .map(([k, v]) => `- ${plain(humanKey(k), 60)}: ${detailValue(v)}`);
}
/**
 * A finding's recommendation: the rule's own text with its code spans, or, when the rule made it from values (which a
 * log may have written), plain text, where a backtick in a value cannot open a code span that swallows the rest.
 */
function recommendationText(f) {
    const fix = ruleById(f.rule)?.meta.fix;
    return f.recommendation === fix ? inline(fix) : plain(f.recommendation, 600);
}
function workflowsOf(f, facts) {
    return [...new Set(f.runs.map((id) => facts.get(id)?.workflow).filter((w) => !!w))];
}
function evidenceBlock(f, facts, opts) {
    const out = [];
    for (const g of evidenceGroups(f.evidence, f.runs)) {
        const day = g.day ? ` · ${g.day} UTC` : '';
        out.push('', 
        // The run only when the finding has several (its line above names a single one).
        `<sub>${plain(shortFile(g.file), 120)}${f.runs.length > 1 ? ` · run ${runLink(g.run, facts.get(g.run), opts)}` : ''}${day}</sub>`, '', fence(g.lines.map((l) => l.text)));
    }
    return out;
}
function renderFinding(f, report, level, opts, isNew) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const meta = ruleById(f.rule)?.meta;
    const lines = [];
    lines.push(`#### ${f.id} · ${inline(f.title)}${isNew ? ' 🆕' : ''} <a name="${anchorOf(f)}"></a>`);
    const runs = f.runs.slice(0, 10).map((id) => runLink(id, facts.get(id), opts));
    const more = f.runs.length > 10 ? ` and ${f.runs.length - 10} more` : '';
    const workflows = workflowsOf(f, facts).slice(0, 5);
    lines.push([
        // A fixed word first: a workflow name at the start of the line could make it a heading or a list.
        workflows.length
            ? `${workflows.length === 1 ? 'Workflow' : 'Workflows'} ${workflows.map((w) => plain(w, 80)).join(', ')}`
            : null,
        `${f.runs.length === 1 ? 'run' : `${f.runs.length} runs`} ${runs.join(', ')}${more}`,
        words_count(f.count, 'occurrence'),
        `rule ${code(f.rule)}`,
    ]
        .filter((x) => x !== null)
        .join(' · '));
    if (level.details) {
        const details = findingDetails(f);
        if (details.length > 0)
            lines.push('', ...details);
        if (meta)
            lines.push('', `**Why it matters**: ${inline(meta.why)}`);
    }
    if (level.evidence.has(f.severity) && f.evidence.length > 0)
        lines.push(...evidenceBlock(f, facts, opts));
    lines.push('', `**What to do**: ${recommendationText(f)}`);
    return lines.join('\n');
}
const VERDICT_ICON = { clean: '✅', findings: '🔴', incomplete: '⚠️', inconclusive: '⬜' };
/** Runs named in the lead line, each with the reason it was not (fully) audited. */
function uncoveredList(report, opts, max = 5) {
    const runs = uncoveredRuns(report);
    const shown = runs
        .slice(0, max)
        .map((r) => `${runLink(r.id, r, opts)} (${r.coverage}: ${code(whyNotAudited(r), 160)})`);
    return shown.join('; ') + (runs.length > max ? `; and ${runs.length - max} more` : '');
}
function leadItems(report, max = 3) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const seen = new Set();
    const items = [];
    for (const f of report.findings) {
        if (f.severity === 'info' || seen.has(f.rule))
            continue;
        seen.add(f.rule);
        const a = actionOf(f.rule);
        const workflows = report.findings
            .filter((g) => g.rule === f.rule && g.severity !== 'info')
            .flatMap((g) => workflowsOf(g, facts));
        items.push({
            finding: f,
            what: a?.what ?? (ruleById(f.rule)?.meta.title ?? f.rule).toLowerCase(),
            todo: a?.todo ?? '',
            workflows: [...new Set(workflows)],
        });
    }
    return items.slice(0, max);
}
function where(workflows, name) {
    if (workflows.length === 0)
        return '';
    if (workflows.length > 2)
        return ` in ${workflows.length} workflows`;
    return ` in ${listOf(workflows.map(name))}`;
}
/** `2 warnings in 2 of 3 runs`, `1 critical finding and 2 warnings in 1 run`. */
function findingsPhrase(report) {
    const s = report.summary;
    const hit = new Set(report.findings.filter((f) => f.severity !== 'info').flatMap((f) => f.runs)).size;
    const parts = [
        s.critical > 0 ? words_count(s.critical, 'critical finding') : null,
        s.warning > 0 ? words_count(s.warning, 'warning') : null,
    ].filter((x) => x !== null);
    return `${listOf(parts)} in ${hit === s.runs ? words_count(hit, 'run') : `${hit} of ${words_count(s.runs, 'run')}`}`;
}
/** The verdict every view leads with: what is wrong and the one to three things to do. */
function verdictLine(report, opts = {}) {
    const s = report.summary;
    // Findings: red with a critical one, yellow with warnings only.
    const icon = s.verdict === 'findings' && s.critical === 0 ? ICON.warning : VERDICT_ICON[s.verdict];
    const head = `**Verdict: ${s.verdict}** ${icon}`;
    const gaps = report.runs.filter(notFullyAudited).length;
    switch (s.verdict) {
        case 'clean':
            return `${head} — clean bill of health: ${words_count(s.runs, 'run')} fully audited, no critical or warning finding.`;
        case 'findings': {
            const items = leadItems(report).map((i) => `${i.what}${where(i.workflows, (w) => plain(w, 80))}${i.todo ? ` (${inline(i.todo)})` : ''} — ${findingLink(i.finding)}`);
            const rules = new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).size;
            const more = rules > items.length ? `; and ${words_count(rules - items.length, 'more problem')}` : '';
            const gap = gaps > 0 ? ` ${gaps} of ${words_count(s.runs, 'run')} not fully audited.` : '';
            return `${head} — ${findingsPhrase(report)}: ${items.join('; ')}${more}.${gap}`;
        }
        case 'incomplete':
            return `${head} — no critical or warning finding, but ${gaps} of ${words_count(s.runs, 'run')} not fully audited, so this is not a clean result: ${uncoveredList(report, opts)}.`;
        case 'inconclusive':
            return `${head} — nothing was audited: ${inconclusiveReason(report)}${report.runs.length > 0 ? `: ${uncoveredList(report, opts)}` : ''}.`;
    }
}
/** The closing section: each place to change once, with the findings it answers. */
function recommendations(report) {
    const serious = report.findings.filter((f) => f.severity !== 'info');
    const out = [];
    const byArea = new Map();
    for (const f of serious) {
        const area = actionOf(f.rule)?.area ?? `other:${f.recommendation}`;
        byArea.set(area, [...(byArea.get(area) ?? []), f]);
    }
    const ids = (fs) => fs.slice(0, 8).map(findingLink).join(', ') + (fs.length > 8 ? ` and ${fs.length - 8} more` : '');
    for (const [area, heading] of AREAS) {
        const fs = byArea.get(area);
        if (!fs)
            continue;
        const todos = [...new Set(fs.map((f) => actionOf(f.rule)?.todo ?? ''))].filter(Boolean);
        const text = todos.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('; ');
        out.push(`- **${heading}** (${ids(fs)}): ${inline(text)}.`);
    }
    for (const [area, fs] of byArea) {
        if (!area.startsWith('other:'))
            continue;
        out.push(`- **${ids(fs)}**: ${recommendationText(fs[0])}`);
    }
    return out.slice(0, 20);
}
function historyChart(history) {
    const shown = history.slice(-MAX_HISTORY);
    // Days, or days and times when several audits ran on one day (a category axis merges equal labels).
    const days = shown.map((h) => h.date.slice(5, 10));
    const labels = (new Set(days).size === days.length
        ? days
        : shown.map((h) => `${h.date.slice(5, 10)} ${h.date.slice(11, 16)}`)).map((l) => JSON.stringify(l));
    const serious = shown.map((h) => h.critical + h.warning);
    const info = shown.map((h) => h.info);
    const top = Math.max(1, ...serious, ...info);
    return [
        '',
        '```mermaid',
        'xychart-beta',
        '  title "Findings per audit (bars: critical and warning; line: informational)"',
        `  x-axis [${labels.join(', ')}]`,
        `  y-axis "Findings" 0 --> ${top}`,
        `  bar [${serious.join(', ')}]`,
        `  line [${info.join(', ')}]`,
        '```',
    ];
}
function runsTable(report, level, opts) {
    const out = [
        '',
        '### Runs Analyzed',
        '',
        '| Run | Workflow | Branch | Agent Invoked | DIFC Filtered | Firewall Blocks | Coverage | Findings |',
        '|-----|----------|--------|---------------|---------------|-----------------|----------|----------|',
    ];
    for (const r of report.runs.slice(0, level.maxRuns)) {
        const agent = r.agentInvoked === true ? '✅' : r.agentInvoked === false ? '❌ early-exit' : '❔ unknown';
        const hits = report.findings.filter((f) => f.runs.includes(r.id));
        const links = hits.slice(0, 6).map(findingLink).join(', ') + (hits.length > 6 ? ` and ${hits.length - 6} more` : '');
        // A run that was not audited is never shown as clean.
        const status = r.status === 'critical'
            ? '❌'
            : r.status === 'warning'
                ? '⚠️'
                : r.status === 'unaudited' || r.coverage === 'none'
                    ? '⬜ not audited'
                    : '✅';
        const findings = hits.length > 0 ? `${status} ${links}` : status === '✅' ? '✅ none' : status;
        const coverage = r.coverage === 'full' ? 'full' : r.coverage === 'none' ? '⬜ none' : '◐ partial';
        const fw = r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked} of ${r.firewall.total}`;
        out.push(`| ${runLink(r.id, r, opts)} | ${r.workflow ? plain(r.workflow, 80) : '–'} | ${r.branch ? plain(r.branch, 60) : '–'} | ${agent} | ${r.difc.filtered}${r.difc.guarded ? '' : ' (unguarded)'} | ${fw} | ${coverage} | ${findings} |`);
    }
    if (report.runs.length > level.maxRuns)
        out.push('', `> ${words_count(report.runs.length - level.maxRuns, 'more run')} in the JSON report.`);
    return out;
}
function suppressedSection(report) {
    const out = [];
    const list = report.suppressed ?? [];
    if (list.length > 0) {
        out.push('', `<details><summary><b>Accepted findings</b> (${list.length})</summary>`, '');
        for (const s of list.slice(0, 50))
            out.push(`- ${ICON[s.finding.severity]} ${inline(s.finding.title)} · ${code(s.finding.rule)} · accepted until ${plain(s.expires, 20)}: ${plain(s.reason, 300)}`);
        if (list.length > 50)
            out.push(`- and ${words_count(list.length - 50, 'more accepted finding')}`);
        out.push('', '</details>');
    }
    const notes = report.suppressionNotes ?? [];
    if (notes.length > 0) {
        out.push('', '> [!NOTE]');
        for (const n of notes.slice(0, 20))
            out.push(`> - ${plain(n, 300)}`);
    }
    return out;
}
function render(report, level, opts) {
    const out = [];
    const target = report.target ?? 'local logs';
    const prevKeys = new Set(Object.keys(opts.previous?.findings ?? {}));
    const isNew = (f) => opts.previous != null && !prevKeys.has(`${f.fingerprint}:${f.severity}`);
    const state = stateOf(report, opts.previous ?? null);
    out.push(`### Integrity Filtering Audit — ${plain(target, 140)}`, '', verdictLine(report, opts), '');
    const period = opts.periodLabel ?? 'Local logs';
    const win = report.window.from && report.window.to ? ` (${report.window.from} → ${report.window.to})` : '';
    out.push(`**Audit period**: ${plain(period)}${win}  `);
    out.push(`**Runs analyzed**: ${words_count(report.summary.runs, 'completed run')}${report.target ? ` in ${plain(report.target, 140)}` : ''}  `);
    out.push(`**Runs with artifacts**: ${report.summary.runsWithArtifacts}`);
    const partial = report.runs.filter(notFullyAudited);
    if (partial.length > 0) {
        out.push('', `> [!NOTE]\n> ${partial.length} of ${words_count(report.runs.length, 'run')} not fully audited (coverage partial or none): see the Runs Analyzed table and the evidence-missing findings.`);
    }
    if (report.notes?.length) {
        out.push('', ...report.notes.slice(0, 10).map((n) => `> ${plain(n, 400)}`));
    }
    out.push('', '### Findings Summary', '', '| Severity | Count | Description |', '|----------|-------|-------------|');
    for (const sev of ['critical', 'warning', 'info']) {
        const fs = report.findings.filter((f) => f.severity === sev);
        const desc = fs.length === 0
            ? 'None'
            : fs
                .slice(0, 4)
                .map((f) => `${findingLink(f)}: ${inline(f.title)}`)
                .join('<br>') + (fs.length > 4 ? `<br>… and ${fs.length - 4} more` : '');
        out.push(`| ${ICON[sev]} ${markdown_LABEL[sev]} | ${report.summary[sev]} | ${desc} |`);
    }
    if (opts.previous) {
        const resolved = Object.entries(opts.previous.findings).filter(([k]) => !report.findings.some((f) => `${f.fingerprint}:${f.severity}` === k));
        const added = report.findings.filter(isNew);
        out.push('', `**Since the last audit**: ${added.length} new, ${report.findings.length - added.length} recurring, ${resolved.length} resolved.`);
        if (state.history && state.history.length >= 2)
            out.push(...historyChart(state.history));
        if (resolved.length > 0) {
            out.push('', '<details><summary><b>Resolved since the last audit</b></summary>', '');
            for (const [, r] of resolved.slice(0, 30))
                out.push(`- ${ICON[r.severity]} ${code(r.rule)}: ${inline(r.title ?? r.rule)}`);
            out.push('', '</details>');
        }
    }
    let shown = 0;
    let omitted = 0;
    for (const sev of ['critical', 'warning', 'info']) {
        const fs = report.findings.filter((f) => f.severity === sev);
        if (fs.length === 0)
            continue;
        out.push('', `<details${sev === 'critical' ? ' open' : ''}><summary><b>${SECTION[sev]}</b> (${fs.length})</summary>`, '');
        for (const f of fs) {
            if (shown >= level.maxFindings) {
                omitted++;
                continue;
            }
            shown++;
            out.push(renderFinding(f, report, level, opts, isNew(f)), '');
        }
        out.push('</details>');
    }
    if (omitted > 0)
        out.push('', `> ${words_count(omitted, 'finding')} not shown here to stay within GitHub's size limit; the JSON report has them all.`);
    if (level !== markdown_LEVELS[0])
        out.push('', "> Evidence excerpts were shortened or left out to stay within GitHub's size limit; the JSON report has them.");
    out.push(...suppressedSection(report));
    out.push(...runsTable(report, level, opts));
    out.push('', '### Recommendations', '');
    const recs = recommendations(report);
    if (recs.length === 0) {
        const verdict = report.summary.verdict;
        out.push(verdict === 'clean'
            ? report.findings.length === 0
                ? '✅ Clean bill of health: no findings in the audited runs.'
                : '✅ Clean bill of health: no critical or warning findings, nothing to act on.'
            : verdict === 'inconclusive'
                ? "⬜ Nothing was audited, so this is not a clean result: make the runs' logs available (artifacts within their retention period, or a folder that holds run evidence) and audit again."
                : '⚠️ No critical or warning finding in the evidence that was read, but not every run was fully audited, so this is not a clean result: see the runs without full coverage above.');
    }
    out.push(...recs);
    out.push('', `<sub>Generated by integrity-audit at ${report.generatedAt}.</sub>`);
    if (opts.includeState !== false)
        out.push('', renderState(state));
    return out.join('\n') + '\n';
}
/** Renders the issue body within the budget, dropping detail level by level. */
function renderMarkdown(report, opts = {}) {
    const budget = opts.budget ?? ISSUE_BODY_BUDGET;
    const size = opts.size ?? ((text) => text.length);
    let body = '';
    for (const level of markdown_LEVELS) {
        body = render(report, level, opts);
        if (size(body) <= budget)
            return body;
    }
    // Last resort: the header, the summary table and the state block only.
    const state = opts.includeState !== false ? '\n' + renderState(stateOf(report, opts.previous ?? null)) + '\n' : '';
    const head = body.slice(0, Math.min(body.indexOf('### Findings Summary'), budget - state.length - 200));
    return `${head}\n\n> The full report is too large for an issue body; see the JSON report.\n${state}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts





const SEV = { critical: 'CRITICAL', warning: 'WARNING ', info: 'INFO    ' };
function pad(s, n) {
    return s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}
/** Strips terminal control sequences from untrusted text. */
function clean(s) {
    return redact(s)
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}
/** The one-line verdict the view leads with. */
function textVerdictLine(report) {
    const s = report.summary;
    const gaps = report.runs.filter(notFullyAudited).length;
    const list = () => {
        const runs = uncoveredRuns(report);
        return (runs
            .slice(0, 5)
            .map((r) => `${clean(r.id)} (${r.coverage}: ${clean(whyNotAudited(r)).slice(0, 160)})`)
            .join('; ') + (runs.length > 5 ? `; and ${runs.length - 5} more` : ''));
    };
    switch (s.verdict) {
        case 'clean':
            return `VERDICT: CLEAN — clean bill of health: ${words_count(s.runs, 'run')} fully audited, no critical or warning finding`;
        case 'findings': {
            const todo = leadItems(report)
                .map((i) => `${i.finding.id} ${i.what}${i.workflows.length ? ` in ${clean(i.workflows.slice(0, 2).join(', '))}` : ''}${i.todo ? ` (${i.todo.replace(/`/g, '')})` : ''}`)
                .join('; ');
            return `VERDICT: FINDINGS — ${clean(findingsPhrase(report))}${gaps > 0 ? `; ${gaps} of ${words_count(s.runs, 'run')} not fully audited` : ''}${todo ? ` — ${todo}` : ''}`;
        }
        case 'incomplete':
            return `VERDICT: INCOMPLETE — no critical or warning finding, but ${gaps} of ${words_count(s.runs, 'run')} not fully audited (not a clean result): ${list()}`;
        case 'inconclusive':
            return `VERDICT: INCONCLUSIVE — nothing was audited: ${clean(inconclusiveReason(report))}${report.runs.length > 0 ? `: ${list()}` : ''}`;
    }
}
function renderText(report) {
    const out = [];
    const s = report.summary;
    out.push(textVerdictLine(report));
    out.push(`integrity-audit — ${report.target ?? 'local logs'}: ${words_count(s.runs, 'run')}, ${s.runsWithArtifacts} with evidence — ${s.critical} critical, ${s.warning} warning, ${s.info} info`, '');
    out.push(`${pad('RUN', 14)} ${pad('WORKFLOW', 28)} ${pad('AGENT', 7)} ${pad('DIFC', 6)} ${pad('FW BLOCKS', 10)} ${pad('COVERAGE', 9)} STATUS`);
    for (const r of report.runs) {
        const agent = r.agentInvoked === true ? 'yes' : r.agentInvoked === false ? 'no' : '?';
        const fw = r.firewall.total === null ? `${r.firewall.blocked}` : `${r.firewall.blocked}/${r.firewall.total}`;
        out.push(`${pad(clean(r.id), 14)} ${pad(clean(r.workflow ?? '-'), 28)} ${pad(agent, 7)} ${pad(String(r.difc.filtered) + (r.difc.guarded ? '' : '*'), 6)} ${pad(fw, 10)} ${pad(r.coverage, 9)} ${r.status}`);
    }
    if (report.runs.some((r) => !r.difc.guarded))
        out.push('  (* no GitHub guard registered)');
    out.push('');
    if (report.findings.length === 0)
        out.push('No findings.');
    for (const f of report.findings) {
        out.push(`${SEV[f.severity]} ${f.id.padEnd(5)} ${clean(f.title).replace(/`/g, '')}`);
        out.push(`         rule ${f.rule} · ${words_count(f.count, 'occurrence')} · ${f.runs.length === 1 ? 'run' : 'runs'} ${clean(f.runs.slice(0, 5).join(', '))}${f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : ''}`);
        for (const g of evidenceGroups(f.evidence.slice(0, 3), f.runs, 150)) {
            out.push(`         ${clean(shortFile(g.file))} (run ${clean(g.run)}${g.day ? `, ${g.day} UTC` : ''})`);
            for (const l of g.lines)
                out.push(`         ${clean(l.text)}`);
        }
        if (f.severity !== 'info')
            out.push(`         → ${clean(f.recommendation)}`);
    }
    for (const a of report.suppressed ?? [])
        out.push(`accepted ${a.finding.id} ${a.finding.rule} until ${a.expires}: ${clean(a.reason).slice(0, 160)} (not counted)`);
    for (const n of report.suppressionNotes ?? [])
        out.push(`note: ${clean(n)}`);
    for (const r of report.runs) {
        for (const n of r.coverageNotes ?? [])
            out.push(`note: run ${clean(r.id)}: ${clean(n)}`);
        for (const n of r.evidenceNotes ?? [])
            out.push(`note: run ${clean(r.id)}: ${clean(n)} (coverage not lowered)`);
    }
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/version.ts
/** This release (package.json's version; scripts/release-check.mjs checks that they agree). */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/octo-org/integrity-audit';
const LEVEL = { critical: 'error', warning: 'warning', info: 'note' };
/** GitHub's security severity (0–10): critical findings are high, warnings medium. */
const SECURITY_SEVERITY = { critical: '8.0', warning: '5.0', info: '2.0' };
/** `Smoke Copilot` → `smoke-copilot`: gh-aw names the lock file after the `.md` file, usually the name in kebab case. */
function slug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** The repository path a finding of this run is located on. */
function workflowFileOf(run, opts = {}) {
    const path = run?.workflowPath;
    if (path && /^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path)) {
        const md = path.replace(/(?:\.lock)?\.ya?ml$/, '.md');
        if (!opts.exists || opts.exists(md))
            return md;
        return path;
    }
    const name = run?.workflow ? slug(run.workflow) : '';
    return `.github/workflows/${name || 'unknown-workflow'}.md`;
}
function plainText(text) {
    return redact(text).replace(/`/g, '');
}
function message(f, facts) {
    const runs = f.runs.slice(0, 5).map((id) => {
        const r = facts.get(id);
        return r?.url ? `${id} (${r.url})` : id;
    });
    const more = f.runs.length > 5 ? ` and ${f.runs.length - 5} more` : '';
    return `${plainText(f.title)}. Seen in ${f.runs.length === 1 ? 'run' : 'runs'} ${runs.join(', ')}${more}. ${plainText(f.recommendation)}`;
}
function renderSarif(report, opts = {}) {
    const facts = new Map(report.runs.map((r) => [r.id, r]));
    const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
    const rules = RULES.map((r) => ({
        id: r.meta.id,
        name: r.meta.id
            .split('-')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: plainText(r.meta.title) },
        fullDescription: { text: plainText(r.meta.why) },
        help: { text: plainText(r.meta.fix), markdown: r.meta.fix },
        defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
        properties: {
            tags: ['security', 'integrity-filtering'],
            'security-severity': SECURITY_SEVERITY[r.meta.defaultSeverity],
        },
    }));
    const results = report.findings
        .filter((f) => f.severity !== 'info')
        .flatMap((f) => {
        // One result per workflow file the finding's runs belong to: an alert lives on one file.
        const files = [...new Set(f.runs.map((id) => workflowFileOf(facts.get(id), opts)))];
        return files.map((uri) => ({
            ruleId: f.rule,
            ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: message(f, facts) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                        region: { startLine: 1 },
                    },
                },
            ],
            partialFingerprints: {
                'integrityAudit/v1': files.length > 1 ? `${f.fingerprint}:${uri}` : f.fingerprint,
            },
            properties: {
                findingId: f.id,
                severity: f.severity,
                count: f.count,
                runs: f.runs.slice(0, 50),
                'security-severity': SECURITY_SEVERITY[f.severity],
            },
        }));
    });
    const sarif = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'integrity-audit',
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: INFORMATION_URI,
                        rules,
                    },
                },
                automationDetails: { id: `integrity-audit/${report.target ?? 'local'}/` },
                results,
                properties: { verdict: report.summary.verdict, generatedAt: report.generatedAt },
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The CLI: `integrity-audit analyze <path>... [--format json|markdown|text] [--output FILE] [--config FILE]
// [--fail-on critical|warning]`. Argument parsing is Node's own util.parseArgs (no dependency needed).













const USAGE = `Usage: integrity-audit analyze <path>... [options]

Audits gh-aw run logs for integrity-filtering (DIFC) problems.

<path> is any mix of: a directory of run folders, one run folder
(gh run download / gh aw logs layouts), or artifact .zip files.

Options:
  --format json|markdown|text|sarif
                                output format (default: text on a terminal, json otherwise)
  --output FILE                 write the report to FILE instead of stdout
  --config FILE                 rules config (JSON): severities, disabled rules, thresholds
  --fail-on critical|warning    exit 3 when a finding at or above this severity exists,
                                exit 4 when nothing could be audited (verdict inconclusive)
  --require-full-coverage       exit 4 when some run was not fully audited (verdict incomplete)
  -h, --help                    show this help
  -V, --version                 print the version

Verdict (summary.verdict): clean, findings, incomplete (some run not fully audited)
or inconclusive (nothing could be audited).

Exit codes: 0 analysis completed, 1 failure, 2 bad usage (also: a path that holds no run),
3 findings at or above --fail-on, 4 audit incomplete or inconclusive under
--fail-on / --require-full-coverage. Every non-zero exit says why on stderr.
`;
const HELP_HINT = "(see 'integrity-audit --help')";
class UsageError extends Error {
}
/** Node's argument-parser errors, in one line of our own. */
function argError(err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    const message = err instanceof Error ? err.message : String(err);
    const option = /'(-[^' ]*(?:, --[^' ]*)?)/.exec(message)?.[1]?.split(', ').pop() ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `unknown option ${option || message}`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return /does not take an argument/.test(message)
            ? `option ${option} takes no value`
            : `option ${option} needs a value`;
    return message.split('\n', 1)[0];
}
/** Fails before the audit when `--output` cannot be written: a folder, or a file in a folder that does not exist. */
function checkOutput(path) {
    let st;
    try {
        st = (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch {
        st = null;
    }
    if (st?.isDirectory())
        throw new UsageError(`--output ${path}: is a folder; give the path of a file`);
    const dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(path));
    let dirSt;
    try {
        dirSt = (0,external_node_fs_namespaceObject.statSync)(dir);
    }
    catch {
        dirSt = null;
    }
    if (!dirSt?.isDirectory())
        throw new UsageError(`--output ${path}: the folder ${(0,external_node_path_namespaceObject.dirname)(path)} does not exist; create it first`);
}
/** Writes the report beside the target, then renames it (nothing half-written); no temporary file is left behind. */
function writeOutput(path, text) {
    const tmp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(path)), `.${(0,external_node_path_namespaceObject.basename)(path)}.tmp-${process.pid}`);
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(tmp, text);
        (0,external_node_fs_namespaceObject.renameSync)(tmp, path);
    }
    catch (err) {
        (0,external_node_fs_namespaceObject.rmSync)(tmp, { force: true });
        throw new Error(`--output ${path}: could not be written (${pathErrorText(err)})`);
    }
}
async function main(argv, options = {}) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string', short: 'o' },
                config: { type: 'string', short: 'c' },
                'fail-on': { type: 'string' },
                'require-full-coverage': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'V' },
            },
        });
    }
    catch (err) {
        process.stderr.write(`error: ${argError(err)} ${HELP_HINT}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        process.stdout.write(`integrity-audit ${VERSION}\n`);
        return 0;
    }
    try {
        const [command, ...paths] = positionals;
        if (command !== 'analyze')
            throw new UsageError(command
                ? `unknown command "${command}": the command is analyze`
                : 'missing command: integrity-audit analyze <path>...');
        if (paths.length === 0)
            throw new UsageError('analyze needs at least one path');
        const format = values.format ?? (process.stdout.isTTY && !values.output ? 'text' : 'json');
        if (!['json', 'markdown', 'text', 'sarif'].includes(format))
            throw new UsageError(`--format must be json, markdown, text or sarif (got "${format}")`);
        const failOn = values['fail-on'];
        if (failOn !== undefined && !['critical', 'warning', 'never'].includes(failOn))
            throw new UsageError(`--fail-on must be critical or warning (got "${failOn}")`);
        const config = values.config ? loadConfigFile(values.config, RULE_IDS) : DEFAULT_CONFIG;
        parseSuppressions(config.suppressions, RULE_IDS, values.config); // a mistake fails now, not after the audit
        if (values.output !== undefined)
            checkOutput(values.output);
        const found = [];
        for (const p of paths) {
            let runs;
            try {
                runs = await discoverRuns(p);
            }
            catch (err) {
                throw new UsageError(`${p}: ${pathErrorText(err)}`);
            }
            if (runs.length === 0)
                throw new UsageError(`${p}: ${await describeNoRun(p)}`);
            found.push(...runs);
        }
        const refs = await dedupeRuns(found);
        const { report } = await auditRuns(localJobs(refs, (p) => runIdFromName((0,external_node_path_namespaceObject.basename)(p))), {
            config,
            workerEntry: options.workerEntry,
            useWorkers: await worthWorkers(refs.length, () => totalBytes(refs)),
            target: null,
            window: { from: null, to: null },
            log: (m) => process.stderr.isTTY && process.stderr.write(m + '\n'),
        });
        const text = format === 'json'
            ? JSON.stringify(report, null, 2) + '\n'
            : format === 'markdown'
                ? renderMarkdown(report, { periodLabel: 'Local logs', includeState: false })
                : format === 'sarif'
                    ? renderSarif(report)
                    : renderText(report);
        if (values.output)
            writeOutput(values.output, text);
        else
            process.stdout.write(text);
        const result = gate(report, {
            failOn: (failOn ?? 'never'),
            requireFullCoverage: values['require-full-coverage'] === true,
        });
        if (result.reason)
            process.stderr.write(`${result.reason}\n`);
        return result.code;
    }
    catch (err) {
        if (err instanceof UsageError) {
            process.stderr.write(`error: ${main_oneLine(err.message)} ${HELP_HINT}\n`);
            return 2;
        }
        if (err instanceof ConfigError) {
            process.stderr.write(`error: ${main_oneLine(err.message)}\n`);
            return 2;
        }
        process.stderr.write(failureText(err));
        return 1;
    }
}
function main_oneLine(text) {
    return text.replace(/\s*\n\s*/g, ' ');
}
/** Exit 1: one line; the stack trace only with INTEGRITY_AUDIT_DEBUG=1. */
function failureText(err) {
    const message = main_oneLine(err instanceof Error ? err.message : String(err));
    const stack = process.env.INTEGRITY_AUDIT_DEBUG === '1' && err instanceof Error && err.stack ? `${err.stack}\n` : '';
    return `error: ${message}\n${stack}`;
}

;// CONCATENATED MODULE: ./src/cli.ts
// CLI entry (dist/cli.js). The same bundle serves as the analysis worker when started by the pool.





if (isAuditWorker()) {
    serveWorker(analyzeRequest);
}
else {
    boundHeapGrowth();
    // For the benchmark: the peak RSS (KiB) of this process, worker threads included.
    if (process.env.INTEGRITY_AUDIT_RSS_FILE) {
        const file = process.env.INTEGRITY_AUDIT_RSS_FILE;
        process.on('exit', () => (0,external_node_fs_namespaceObject.writeFileSync)(file, String(process.resourceUsage().maxRSS)));
    }
    main(process.argv.slice(2), { workerEntry: new URL(import.meta.url) }).then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(failureText(err));
        process.exitCode = 1;
    });
}


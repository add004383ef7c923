import { HttpException, HttpStatus } from '@nestjs/common';

/**
 * 301: the record was merged into another one and stays as a tombstone naming its survivor, so old
 * links (e-mails, exports) lead to it. The body names the survivor; `Location` points at it. Its code is
 * `organisation.merged` or `contact.merged` (in the catalogues; message-catalogues.test.ts checks them).
 */
export class MovedToSurvivor extends HttpException {
  constructor(resource: string, noun: string, id: string, survivorId: string) {
    super(
      {
        message: `This ${noun} was merged into ${survivorId}`,
        code: `${noun}.merged`,
        params: { id, survivorId },
        mergedIntoId: survivorId,
        location: `/api/${resource}/${survivorId}`,
      },
      HttpStatus.MOVED_PERMANENTLY,
    );
  }
}

import { Module } from '@nestjs/common';
import { RecognitionDailyJob } from './recognition-daily.job';
import { RecognitionsController } from './recognitions.controller';
import { RecognitionsService } from './recognitions.service';

@Module({
  controllers: [RecognitionsController],
  providers: [RecognitionsService, RecognitionDailyJob],
  exports: [RecognitionDailyJob],
})
export class RecognitionsModule {}
